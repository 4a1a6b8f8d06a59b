import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEmulator } from '../src/app.ts';
import { createManualClock } from '../src/clock/clock.ts';
import { T0 } from './harness.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vdk-emulator-'));
  dirs.push(dir);
  return dir;
}
// A test that times out or fails before it stops its emulator must not leave the process running after the run.
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** The emulator's CLI as a child process, stopped after the tests at the latest. */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/src/main.ts', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** Starts the CLI and resolves with its URL once it listens. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawnCli(args);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
}

describe('persistence', () => {
  it('keeps every write across a restart and never seeds over existing data', async () => {
    const dataDir = tempDir();
    const options = { dataDir, clock: createManualClock(T0), deployDelayMs: 0, strict: true };
    const first = await buildEmulator({ ...options, seed: 'demo' });
    expect(first.seeded?.jobs).toBeGreaterThanOrEqual(55);
    const base = '/data-jobs/for-team/analytics/jobs';
    const create = await first.app.inject({
      method: 'POST',
      url: base,
      payload: { job_name: 'kept-job', description: 'x', config: {} },
    });
    expect(create.statusCode).toBe(201);
    await first.app.inject({ method: 'POST', url: `${base}/kept-job/deployments`, payload: { job_version: 'v1' } });
    await first.app.inject({ method: 'POST', url: `${base}/kept-job/deployments/x/executions`, payload: {} });
    await first.app.inject({ method: 'DELETE', url: `${base}/ingest-sales` });
    await first.close();

    const second = await buildEmulator({ ...options, seed: 'demo' });
    expect(second.seeded).toBeNull();
    expect((await second.app.inject({ method: 'GET', url: `${base}/kept-job` })).statusCode).toBe(200);
    expect((await second.app.inject({ method: 'GET', url: `${base}/kept-job/deployments/x` })).statusCode).toBe(200);
    const executions = await second.app.inject({ method: 'GET', url: `${base}/kept-job/executions` });
    expect(JSON.parse(executions.body)).toHaveLength(1);
    expect((await second.app.inject({ method: 'GET', url: `${base}/ingest-sales` })).statusCode).toBe(404);
    await second.close();
  });

  it('refuses a second emulator on the same data directory with a clear message', async () => {
    const dataDir = tempDir();
    const first = await buildEmulator({ dataDir, scheduler: false });
    await expect(buildEmulator({ dataDir, scheduler: false })).rejects.toThrow(
      `The data directory ${dataDir} is in use by another emulator`,
    );
    await first.close();
    const again = await buildEmulator({ dataDir, scheduler: false });
    await again.close();
  });

  it.concurrent(
    'loses no acknowledged create when killed with SIGKILL in the middle of a burst',
    async () => {
      const dataDir = tempDir();
      const { child, url } = await startCli(['--data', dataDir, '--port', '0', '--host', '127.0.0.1', '--auth', 'off']);
      const acknowledged: string[] = [];
      let killed = false;
      const create = async (index: number) => {
        const name = `burst-job-${String(index).padStart(4, '0')}`;
        try {
          const response = await fetch(`${url}/data-jobs/for-team/burst/jobs`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ job_name: name, description: 'burst', config: {} }),
          });
          if (response.status === 201) acknowledged.push(name);
          if (acknowledged.length >= 60 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          // Requests in flight when the process dies fail: they were never acknowledged.
        }
      };
      const exited = new Promise((resolve) => child.on('exit', resolve));
      for (let batch = 0; batch < 40 && !killed; batch += 1) {
        await Promise.all(Array.from({ length: 10 }, (_, offset) => create(batch * 10 + offset)));
      }
      expect(killed).toBe(true);
      await exited;

      const restarted = await buildEmulator({ dataDir, scheduler: false });
      const stored = new Set(
        restarted.db.prepare("SELECT name FROM jobs WHERE team = 'burst'").pluck().all() as string[],
      );
      await restarted.close();
      expect(acknowledged.length).toBeGreaterThanOrEqual(60);
      expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    },
    30_000,
  );

  it.concurrent(
    'tells the user when the port is taken',
    async () => {
      const blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
      const port = String((blocker.address() as AddressInfo).port);
      try {
        const second = spawnCli(['--memory', '--port', port, '--host', '127.0.0.1', '--auth', 'off']);
        let stderr = '';
        second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise((resolve) => second.on('exit', resolve));
        expect(code).toBe(1);
        expect(stderr).toContain(`Port ${port} is in use: stop the other process or pass --port`);
      } finally {
        blocker.close();
      }
    },
    30_000,
  );
});

describe('a data file the emulator cannot use', () => {
  const advice = (file: string) =>
    `Move it aside (to keep it) or delete the folder ${join(file, '..')}/ to start again from the demo data, then start the emulator again.`;
  const open = (dataDir: string) => buildEmulator({ dataDir, scheduler: false, clock: createManualClock(T0) });

  it('stops with one message naming the file and what to do: empty, foreign or damaged', async () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'emulator.sqlite'), '');
    const foreign = tempDir();
    writeFileSync(join(foreign, 'emulator.sqlite'), 'PK\u0003\u0004 a zip, not a database '.repeat(200));
    const otherApp = tempDir();
    const other = new Database(join(otherApp, 'emulator.sqlite'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const damaged = tempDir();
    const healthy = await open(damaged);
    healthy.db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
      INSERT INTO filler SELECT hex(randomblob(500)) FROM n`);
    await healthy.close();
    const file = join(damaged, 'emulator.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, bytes.length / 2, bytes.length / 2 + 8192); // two pages of a table's b-tree
    writeFileSync(file, bytes);

    const cases: [string, RegExp][] = [
      [empty, /is empty \(0 bytes\)\./],
      [foreign, /is damaged or not a database \(file is not a database\)\./],
      [otherApp, /is not an emulator database \(it has other tables\)\./],
      [damaged, /is damaged \(SQLite quick_check: .+\)\./],
    ];
    for (const [dataDir, problem] of cases) {
      const file = join(dataDir, 'emulator.sqlite');
      const failure = await open(dataDir).then(
        () => 'opened',
        (error: Error) => error.message,
      );
      expect(failure, dataDir).toMatch(problem);
      expect(failure.startsWith(`The data file ${file} `), failure).toBe(true);
      expect(failure.endsWith(advice(file)), failure).toBe(true);
    }
    expect(readFileSync(join(empty, 'emulator.sqlite')).length).toBe(0); // nothing written into it
  });
});
