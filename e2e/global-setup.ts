import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundleEmulator, EMULATOR_BUNDLE_ENV } from './support/emulator-bundle';

/** Builds the emulator once for the run's workers (e2e/fixtures/emulator.ts), in a folder of this run's own. */
export default async function globalSetup() {
  mkdirSync('node_modules/.cache', { recursive: true });
  const folder = mkdtempSync(path.resolve('node_modules/.cache/e2e-emulator-'));
  process.env[EMULATOR_BUNDLE_ENV] = path.join(folder, 'main.mjs');
  await bundleEmulator(process.env[EMULATOR_BUNDLE_ENV]);
  return () => rmSync(folder, { recursive: true, force: true });
}
