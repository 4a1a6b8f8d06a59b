import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * How the e2e tests and the benchmarks launch Chromium: Debian's where it is installed (CI installs it;
 * `npx playwright install` cannot download here), Playwright's own browser everywhere else. The flags keep a
 * headless run quiet and deterministic: no sandbox (root in CI), no GPU, no background updates, sync or QUIC.
 */
export const chromiumLaunchOptions: LaunchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }
  : {};
