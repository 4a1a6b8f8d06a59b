import { defineConfig, devices } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from './e2e/support/admin-token';
import { chromiumLaunchOptions as launchOptions } from './e2e/support/chromium';

/**
 * The local Control Service serving the production build (`dist/`, built once by `npm test` before Playwright runs)
 * beside the API, same-origin as an ingress does in production. In memory, strict (a response that breaks the spec is
 * a server error), clock 10× faster so executions finish within a test. E2E_STATIC serves another build directory, so
 * an engineer can test a private build while others run theirs against `dist/`.
 */
function emulator(port: number, { auth }: { auth: 'on' | 'off' }) {
  const flags = [
    '--port',
    port,
    '--memory',
    '--seed',
    'demo',
    '--strict',
    '--admin',
    '--admin-token',
    E2E_ADMIN_TOKEN,
    '--static',
    process.env.E2E_STATIC ?? 'dist',
  ];
  return {
    baseURL: `http://localhost:${port}`,
    webServer: {
      command: `node --import tsx emulator/src/main.ts ${[...flags, '--speed', 10, '--auth', auth].join(' ')}`,
      url: `http://localhost:${port}/config.json`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    },
  };
}

// E2E_PORT: engineers running e2e at the same time each use their own port.
const main = emulator(Number(process.env.E2E_PORT ?? 8093), { auth: 'on' });

// deploy/nginx.conf in front of the same emulator, and the example portal framing it (e2e/hosting/fixtures.ts).
const nginxSpecs = /\/(hosting|embed)[^/]*\.spec\.ts$/;
// The build on a plain static server with an SPA fallback only (e2e/hosting/plain-static-server.ts).
const staticHostSpecs = /\/static-host\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e/specs',
  // Playwright empties its output folder when it starts: one per E2E_PORT, so parallel runs keep their traces.
  outputDir: process.env.E2E_PORT ? `test-results/playwright-${process.env.E2E_PORT}` : 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1,
  // One retry on CI only: a test that needed it is listed as "flaky" in the output, to be fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // A dot per test and the summary: a passing run prints nothing else, and a failure prints in full, with its trace's
  // path. `--reporter=list` names each test. `scripts/test-all.ts` reads the JSON report for "N passed, N failed".
  reporter: [['dot'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  webServer: [main.webServer],
  projects: [
    {
      name: 'chromium',
      testIgnore: [nginxSpecs, staticHostSpecs],
      use: { ...devices['Desktop Chrome'], baseURL: main.baseURL, launchOptions },
    },
    {
      name: 'nginx',
      testMatch: nginxSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: main.baseURL, launchOptions },
    },
    {
      name: 'static-host',
      testMatch: staticHostSpecs,
      use: { ...devices['Desktop Chrome'], baseURL: main.baseURL, launchOptions },
    },
  ],
});
