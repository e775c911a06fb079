import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
const chromium = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };

// Runs against the exported site, served by the same script as `npm start`.
export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  // The JSON report is what .ci/run counts; it lives outside test-results/, which Playwright wipes.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    // Page-by-page sweeps that set their own viewport or print, and server checks, run once, in the desktop project.
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium }, testIgnore: ['reflow.spec.ts', 'print-footer.spec.ts', 'serving.spec.ts'] },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
