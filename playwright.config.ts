import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 3100);
const chromium = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };

// Runs against the exported site, served by the same script as `npm start`.
export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Tests share nothing but the static server, so any test may run on any worker: a long spec
  // (the axe sweep) no longer keeps one worker busy alone at the end of the run.
  fullyParallel: true,
  // Generous for CI's two busy cores, where a test with many page loads or PDFs can pass 30 s;
  // each expectation still times out on its own after 5 s.
  timeout: 60_000,
  // The JSON report is what .ci/run counts; it lives outside test-results/, which Playwright wipes.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    // The phone project runs what a narrow screen or touch could change. Checks whose result
    // cannot depend on the screen run once, in the desktop project: whole specs (sweeps that set
    // their own viewport or print; headers, network and cookies; HTML without JavaScript; page
    // content and dates) and single tests tagged @any-viewport (see e2e/support/site.ts). Before
    // this split the full suite ran twice and CI took 80 of its 90 minutes on a two-core machine.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromium },
      testIgnore: ['reflow.spec.ts', 'print-footer.spec.ts', 'serving.spec.ts', 'privacy.spec.ts', 'no-javascript.spec.ts', 'accountability.spec.ts', 'corrections.spec.ts', 'corrections-script.spec.ts'],
      grepInvert: /@any-viewport/,
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    // Generous for CI's two busy cores, where a test with many page loads or PDFs can pass 30 s;
  // each expectation still times out on its own after 5 s.
  timeout: 60_000,
  },
});
