import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', 'out/**', '.next/**'],
    environment: 'node',
    // The JSON report is what .ci/run counts; kept out of Playwright's test-results/, which it wipes.
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
