// What the bytes of a landing route are: each JS file the route loads, split by npm package or app folder through
// its source map, with each part's share of the file's gzip size. Run after `vite build`:
//   npx tsx scripts/bundle-breakdown.ts [job-list | "team home"] [--modules] [--top N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EncodedSourceMap } from '@jridgewell/trace-mapping';
import type { Manifest } from 'vite';
import { breakdown } from './lib/bundle-breakdown.ts';
import { entryKey, LANDING_ROUTES, routeAssets } from './lib/route-assets.ts';

const DIST = process.env.BUNDLE_DIST ?? 'dist';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { modules: { type: 'boolean', default: false }, top: { type: 'string', default: '30' } },
});
const route = (positionals[0] ?? 'job-list') as keyof typeof LANDING_ROUTES;
const chunks = LANDING_ROUTES[route];
if (!chunks) throw new Error(`Unknown route "${route}": one of ${Object.keys(LANDING_ROUTES).join(', ')}.`);

const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
const names = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk.name]));
const number = (n: number, width: number) => n.toLocaleString('en-US').padStart(width);
for (const file of routeAssets(manifest, [entryKey(manifest), ...chunks]).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(path.join(DIST, file), 'utf8');
  const mapFile = path.join(DIST, `${file}.map`);
  // The bundler's own runtime chunk has no source map: it is all glue.
  const map: EncodedSourceMap = existsSync(mapFile)
    ? (JSON.parse(readFileSync(mapFile, 'utf8')) as EncodedSourceMap)
    : { version: 3, sources: [], names: [], mappings: 'A' };
  const shares = breakdown(code, map, values.modules);
  const total = shares.reduce((sum, share) => sum + share.gzip, 0);
  console.log(`\n${file} (${names.get(file) ?? '?'}): ${number(total, 0)} gzip bytes\n     gzip  minified`);
  for (const share of shares.slice(0, Number(values.top))) {
    console.log(`${number(share.gzip, 9)} ${number(share.bytes, 9)}  ${share.group}`);
  }
}
