import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** No sandbox (root in CI), no GPU, no background updates, sync or QUIC: a quiet, deterministic headless run. */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * How the benchmarks, the screenshots and the e2e tests that need a whole browser launch Chromium: Debian's where it
 * is installed (CI installs it; `npx playwright install` cannot download here), Playwright's own browser elsewhere.
 */
export const chromiumLaunchOptions: LaunchOptions = existsSync(DEBIAN_CHROMIUM)
  ? { executablePath: DEBIAN_CHROMIUM, args: QUIET }
  : {};

/**
 * How most e2e tests launch it: Debian's headless shell (Chromium's old headless mode, package
 * `chromium-headless-shell`, which CI installs) runs the suite on about a third less CPU than the whole browser. It
 * lacks what a page in a cross-site frame needs (storage partitioning: the embedding specs), so those keep
 * `chromiumLaunchOptions`, as does any machine without the shell.
 */
export const headlessShellLaunchOptions: LaunchOptions = existsSync(DEBIAN_HEADLESS_SHELL)
  ? { executablePath: DEBIAN_HEADLESS_SHELL, args: QUIET }
  : chromiumLaunchOptions;
