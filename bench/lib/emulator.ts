import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LARGE_SEED_WHOLE_MS } from '../../emulator/src/seed/large';
import { reseedReason, seedSourcesHash, type SeedStamp } from './seed-stamp';

export interface RunningEmulator {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The production build, served same-origin by the emulator like an ingress would, with a config for
 * a Control Service without security: the benchmark measures pages, not the login flow.
 */
export function prepareBenchDist(root: string, distDir = 'dist'): string {
  const source = join(root, distDir);
  if (!existsSync(join(source, 'index.html')))
    throw new Error(`No production build in ${distDir}/: run \`npm run build\`.`);
  const target = join(root, '.data', 'bench-dist');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  const configPath = join(target, 'config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(configPath, JSON.stringify({ ...config, auth: null, defaultTeam: undefined, teams: [] }));
  precompress(target);
  return target;
}

/** What a production host sends: gzip, level 9, next to each text file (served by `preCompressed`). */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|css|html|json|svg)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

function readStamp(file: string): SeedStamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SeedStamp;
  } catch {
    return undefined;
  }
}

/**
 * The seeded database is reused while it was built from the same seed sources and its history is whole (an hour);
 * otherwise it is removed and the emulator seeds it again (1–2 minutes). Returns the stamp to write once the emulator serves.
 */
function reuseOrReset(root: string, dataDir: string): SeedStamp | undefined {
  const stampFile = join(dataDir, 'seed-stamp.json');
  const sources = seedSourcesHash(root);
  const stamp = readStamp(stampFile);
  const reason = existsSync(join(dataDir, 'emulator.sqlite'))
    ? reseedReason(stamp, sources, Date.now(), LARGE_SEED_WHOLE_MS)
    : 'none yet';
  if (!reason) return undefined;
  console.log(`Seeding the large data set in ${dataDir} (existing database: ${reason}).`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  return { sources, seededAt: new Date().toISOString() };
}

export async function startEmulator(root: string, port: number, staticDir: string): Promise<RunningEmulator> {
  const dataDir = join(root, '.data', 'bench-large');
  const newStamp = reuseOrReset(root, dataDir);
  const args = ['--import', 'tsx', 'emulator/src/main.ts', '--port', String(port), '--seed', 'large'];
  args.push('--data', dataDir, '--static', staticDir, '--auth', 'off');
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const origin = `http://localhost:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  // Building the large seed takes one to two minutes on an idle machine, several on a busy one.
  let serving = false;
  for (let waited = 0; waited < 600_000 && !serving; waited += 500) {
    if (exited) throw new Error('The emulator exited before serving: see its output above.');
    try {
      serving = (await fetch(`${origin}/data-jobs/for-team/bench/info`)).ok;
    } catch {
      // Not listening yet.
    }
    if (!serving) await sleep(500);
  }
  if (!serving) {
    child.kill('SIGTERM');
    throw new Error('The emulator did not answer within 10 minutes.');
  }
  // Written only once the seed is complete: an interrupted seed is never reused.
  if (newStamp) writeFileSync(join(dataDir, 'seed-stamp.json'), JSON.stringify(newStamp));
  return {
    origin,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      for (let waited = 0; waited < 10_000 && !exited; waited += 100) await sleep(100);
      if (!exited) child.kill('SIGKILL');
    },
  };
}
