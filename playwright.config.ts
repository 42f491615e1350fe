import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const port = Number(process.env.PLAYGROUND_PORT ?? 5173);
const baseURL = process.env.PLAYGROUND_URL ?? `http://127.0.0.1:${port}`;

/**
 * End-to-end tests run in a real Chromium against the running demo.
 * The system's Chromium is preferred (CHROMIUM_PATH, else /usr/bin/chromium); scripts/bootstrap.mjs
 * falls back to Playwright's own download only where no system browser exists.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Everywhere, not only in CI: a forgotten test.only must fail a local `npm test` too.
  forbidOnly: true,
  retries: 0,
  // Each test links accounts in an organisation of its own, so two can run side by side.
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: process.env.PLAYGROUND_URL
    ? undefined
    : {
        command: 'node scripts/demo.mjs --no-install --fresh',
        // Its own database, emptied at each start, so the tests never touch the one
        // `npm run demo` keeps.
        // A few seconds between key checks, so a revoked key shows within the test.
        env: { KEYLINK_DATA_DIR: '.keylink/e2e', KEYLINK_KEY_HEALTH_INTERVAL_SECONDS: '3' },
        url: baseURL,
        reuseExistingServer: !process.env.CI,
        timeout: 120_000,
        stdout: 'pipe',
      },
});
