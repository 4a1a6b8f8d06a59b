import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, headlessShellLaunchOptions } from './e2e/support/chromium';

// Every worker starts its own local Control Service serving the production build (the `emulator` fixture in
// e2e/fixtures/test.ts) and its own hosting servers, all on free ports: workers, and people testing on the same
// machine, never share a clock, faults or a port.

// deploy/nginx.conf in front of the worker's emulator, and the example portal framing it (e2e/hosting/fixtures.ts).
const nginxSpecs = /\/(hosting|embed)[^/]*\.spec\.ts$/;
// The build on a plain static server with an SPA fallback only (e2e/hosting/plain-static-server.ts).
const staticHostSpecs = /\/static-host\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e/specs',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Two: the e2e stage waits on the app and the services as much as it computes, and CI has two cores.
  workers: 2,
  // One retry on CI only: a test that needed it is listed as "flaky" in the output, to be fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // A dot per test and the summary: a passing run prints nothing else, and a failure prints in full, with its trace's
  // path. `--reporter=list` names each test. `scripts/test-all.ts` reads the JSON report for "N passed, N failed".
  reporter: [['dot'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // A trace for a retried test only: recording every test's trace cost about a third of the e2e stage's Chromium CPU.
  use: { trace: 'on-first-retry', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: [nginxSpecs, staticHostSpecs],
      use: { ...devices['Desktop Chrome'], launchOptions: headlessShellLaunchOptions },
    },
    {
      name: 'nginx',
      testMatch: nginxSpecs,
      // The whole browser: the embedding specs need a cross-site frame's partitioned storage, which the shell lacks.
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions },
    },
    {
      name: 'static-host',
      testMatch: staticHostSpecs,
      use: { ...devices['Desktop Chrome'], launchOptions: headlessShellLaunchOptions },
    },
  ],
});
