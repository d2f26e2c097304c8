import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

/** Browser end-to-end runs the real renderer against the real services; the electron project needs the binary. */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI as a safety net: a test that passes only on retry is reported as flaky and must be made deterministic.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    viewport: { width: 1440, height: 900 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    { name: 'browser', testDir: './e2e/browser' },
    { name: 'electron', testDir: './e2e/electron' },
  ],
});
