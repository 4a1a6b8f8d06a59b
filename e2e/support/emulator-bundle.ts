import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Where the global setup put the bundle for this run (e2e/global-setup.ts); workers inherit it. */
export const EMULATOR_BUNDLE_ENV = 'E2E_EMULATOR_BUNDLE';

/**
 * The emulator's modules find the spec and the nginx template next to their own source files: in the bundle each
 * keeps its original location.
 */
const keepModuleLocations: Plugin = {
  name: 'keep-module-locations',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]emulator[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      loader: 'ts',
      contents: (await readFile(path, 'utf8'))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
    }));
  },
};

/**
 * The emulator (emulator/src/main.ts) as one JavaScript module, its packages left to node_modules: each worker's
 * emulator then starts on plain Node instead of compiling its TypeScript through tsx's loader, about 1.5 CPU-s less
 * per start on a loaded machine, and a run starts one or two per worker. `outfile` must be inside the project, for
 * Node to find the packages from there.
 */
export async function bundleEmulator(outfile: string): Promise<void> {
  await build({
    entryPoints: ['emulator/src/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [keepModuleLocations],
  });
}
