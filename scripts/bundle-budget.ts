// The bytes a first visit to a landing route costs (the job list, the team home `/` opens): gzip of every JS and CSS
// file the route needs, from Vite's manifest. Each landing route must fit the budget, and ship no MUI or emotion; with
// login configured, what loads before a signed-in user's first content must not hold oidc-client-ts
// (scripts/lib/landing-modules.ts; the source maps say which modules each file holds).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { forbiddenModules, MUI_OR_EMOTION, SIGN_IN_LIBRARY } from './lib/landing-modules.ts';
import { entryKey, LANDING_ROUTES, routeAssets } from './lib/route-assets.ts';

// BUNDLE_DIST measures another build folder (e.g. a private `vite build --outDir .dist-<name>`).
const DIST = process.env.BUNDLE_DIST ?? 'dist';
// The project's rule for a first visit (issue #18). Session 10's cuts left the job list at 149,139 bytes and the team
// home at 148,033 (Dec 2026): what a route adds must be paid for by a cut. `scripts/bundle-breakdown.ts` says what
// the bytes are.
const BUDGET = 150_000;
// With login configured, the sign-in gate's chunk also loads before the first content (src/auth/auth-gate.tsx).
const SIGN_IN_GATE = 'src/auth/oidc-gate.tsx';

const gzipSize = (file: string) =>
  gzipSync(readFileSync(path.join(DIST, file)), { level: constants.Z_BEST_COMPRESSION }).length;
const bytes = (n: number) => n.toLocaleString('en-US').padStart(9);

function routeFiles(manifest: Manifest, route: string, chunks: readonly string[]): string[] {
  for (const chunk of chunks) {
    if (!manifest[chunk]?.isDynamicEntry) {
      throw new Error(`${chunk} is not a lazy chunk in the build: the ${route} route must lazy-load it.`);
    }
  }
  return routeAssets(manifest, [entryKey(manifest), ...chunks]);
}

function measure(manifest: Manifest, route: string, chunks: readonly string[], files: string[]): number {
  // Chunk files are named by hash only (vite.config.ts): the chunk's name says what it is.
  const names = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name]));
  console.log(`Bundle budget: the ${route} route (entry + ${chunks.join(' + ')}), gzip level 9`);
  let total = 0;
  for (const file of files) {
    const size = gzipSize(file);
    total += size;
    const name = names.get(file);
    console.log(`${bytes(size)}  ${file}${name ? ` (${name})` : ''}`);
  }
  console.log(`${bytes(total)}  total gzip bytes, ${files.length} files`);
  return total;
}

/** Each module matching `forbidden` in the route's scripts, with the file that holds it. */
function landingRouteViolations(files: string[], forbidden: RegExp): string[] {
  return (
    files
      // The bundler's runtime chunk has no source map: it holds no module.
      .filter((file) => file.endsWith('.js') && existsSync(path.join(DIST, `${file}.map`)))
      .flatMap((file) => {
        const map = JSON.parse(readFileSync(path.join(DIST, `${file}.map`), 'utf8')) as { sources: (string | null)[] };
        return forbiddenModules(map.sources, forbidden).map((module) => `${module} in ${file}`);
      })
  );
}

function check(manifest: Manifest, route: string, chunks: readonly string[]) {
  const files = routeFiles(manifest, route, chunks);
  const total = measure(manifest, route, chunks, files);
  const violations = landingRouteViolations(files, MUI_OR_EMOTION);
  if (violations.length > 0) {
    console.error(
      `FAIL: the ${route} route ships MUI or emotion (draw it with src/components/ui; MUI loads with other pages):`,
    );
    for (const violation of violations) console.error(`  ${violation}`);
    process.exitCode = 1;
  }
  const signedIn = routeFiles(manifest, route, [...chunks, SIGN_IN_GATE]);
  const gateBytes = signedIn.filter((file) => !files.includes(file)).reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(`${bytes(gateBytes)}  more with login configured (${SIGN_IN_GATE} and its imports)`);
  const signInLibrary = landingRouteViolations(signedIn, SIGN_IN_LIBRARY);
  if (signInLibrary.length > 0) {
    console.error(
      `FAIL: a signed-in user's ${route} waits for oidc-client-ts (load it after the first content, src/auth/oidc-gate.tsx):`,
    );
    for (const violation of signInLibrary) console.error(`  ${violation}`);
    process.exitCode = 1;
  }
  if (total > BUDGET) {
    console.error(
      `FAIL: ${total.toLocaleString('en-US')} gzip bytes is over the budget of ${BUDGET.toLocaleString('en-US')}.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `PASS: within the budget of ${BUDGET.toLocaleString('en-US')} (${(BUDGET - total).toLocaleString('en-US')} left).`,
    );
  }
}

try {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
  for (const [route, chunks] of Object.entries(LANDING_ROUTES)) check(manifest, route, chunks);
} catch (error) {
  console.error(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
