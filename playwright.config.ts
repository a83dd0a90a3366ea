/**
 * End-to-end tests: the production plugin build (dist/) in the standalone host
 * (host/dist/), against the simulated cluster, in Debian's Chromium.
 * `npm run test:e2e` expects both builds to exist (scripts/test-all.sh builds
 * them first); the web server is started with --no-build so a stale check
 * never rebuilds in the middle of a run.
 */
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 9000);
// The simulated cluster's own address (fault injection is not reachable through the console): e2e/sim.ts.
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? PORT + 1);
process.env.E2E_SIM_PORT = String(SIM_PORT);
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // The JSON report feeds the closing "N passed, N failed" line of npm test.
  reporter: [
    ['list'],
    ['json', { outputFile: 'reports/playwright.json' }],
    ...(CI ? ([['html', { open: 'never', outputFolder: 'playwright-report' }]] as const) : []),
  ],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // No screencast in the trace: its frames cost so much CPU on a 2-core machine that the first
    // Monaco editor of a test took 15-25 s instead of 4-5 s (measured). DOM snapshots stay.
    // E2E_TRACE_ALL=1 keeps a trace of every test (to see where a passing test spends its time).
    trace: { mode: process.env.E2E_TRACE_ALL ? 'on' : 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    // Debian's Chromium, never a downloaded browser (there is no internet for that here).
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx tsx scripts/start.ts --no-build --port ${PORT} --sim-port ${SIM_PORT} --seed 1 --vms 50`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
