import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningEmulator {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The production build, served same-origin by the emulator like an ingress would, with a config for
 * a Control Service without security: the benchmark measures pages, not the login flow.
 */
export function prepareBenchDist(root: string): string {
  const source = join(root, 'dist');
  if (!existsSync(join(source, 'index.html'))) throw new Error('No production build in dist/: run `npm run build`.');
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

export async function startEmulator(root: string, port: number, staticDir: string): Promise<RunningEmulator> {
  const args = ['--import', 'tsx', 'emulator/src/main.ts', '--port', String(port), '--seed', 'large'];
  args.push('--data', join(root, '.data', 'bench-large'), '--static', staticDir, '--auth', 'off');
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const origin = `http://localhost:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  // Building the large seed the first time takes up to two minutes.
  for (let waited = 0; waited < 240_000; waited += 500) {
    if (exited) throw new Error('The emulator exited before serving: see its output above.');
    try {
      if ((await fetch(`${origin}/data-jobs/for-team/bench/info`)).ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
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
