import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../src/db/database.ts';
import { json, startTestEmulator, type TestEmulator } from './harness.ts';

const JOB = '/data-jobs/for-team/analytics/jobs/ingest-sales';
const HOSTILE_URL = 'javascript:window.__hostile=1';
const MESSAGE = '<img src=x onerror="window.__hostile=1"> \u202Eevil\u0000';

let emulator: TestEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function startedExecution(): Promise<{ emulator: TestEmulator; id: string }> {
  const started = await startTestEmulator({ admin: true });
  emulator = started;
  await started.createJob('analytics', 'ingest-sales');
  await started.deploy('analytics', 'ingest-sales');
  const response = await started.send('POST', `${JOB}/deployments/release/executions`, {});
  return { emulator: started, id: response.headers.location!.split('/').pop()! };
}

const executionsQuery = `query ($filter: DataJobExecutionFilter) {
  executions(pageNumber: 1, pageSize: 5, filter: $filter) { content { id message logsUrl } }
}`;

describe('values only the service fills in, set through the admin API', () => {
  it("sets an execution's message and logs URL, seen by REST and GraphQL under --strict", async () => {
    const { emulator, id } = await startedExecution();
    expect(json<{ logs_url: string }>(await emulator.get(`${JOB}/executions/${id}`)).logs_url).toBe('');

    const set = await emulator.send('PUT', `/__emulator/executions/${id}`, { message: MESSAGE, logs_url: HOSTILE_URL });
    expect(set.statusCode).toBe(200);
    expect(json(set)).toMatchObject({ id, message: MESSAGE, logs_url: HOSTILE_URL });

    // The strict harness answers 500 for a response that breaks the spec, so 200 here means it conforms.
    const read = await emulator.get(`${JOB}/executions/${id}`);
    expect(read.statusCode).toBe(200);
    expect(json(read)).toMatchObject({ message: MESSAGE, logs_url: HOSTILE_URL });
    const list = await emulator.get(`${JOB}/executions`);
    expect(list.statusCode).toBe(200);
    expect(json<{ logs_url: string }[]>(list)[0]).toMatchObject({ logs_url: HOSTILE_URL });
    const graphql = await emulator.graphql(executionsQuery, { filter: { jobNameIn: ['ingest-sales'] } });
    expect(json<{ data: { content: unknown[] } }>(graphql).data.content).toEqual([
      { id, message: MESSAGE, logsUrl: HOSTILE_URL },
    ]);

    // A field left out keeps its value; null clears it.
    await emulator.send('PUT', `/__emulator/executions/${id}`, { logs_url: null });
    expect(json(await emulator.get(`${JOB}/executions/${id}`))).toMatchObject({ message: MESSAGE, logs_url: '' });
  });

  it("sets a job's source URL, seen as config.sourceUrl", async () => {
    const { emulator } = await startedExecution();
    const set = await emulator.send('PUT', '/__emulator/jobs/ingest-sales/source-url', { source_url: HOSTILE_URL });
    expect(json(set)).toEqual({ job_name: 'ingest-sales', source_url: HOSTILE_URL });
    const query = '{ jobs(pageNumber: 1, pageSize: 5) { content { jobName config { sourceUrl } } } }';
    expect(json<{ data: { content: unknown[] } }>(await emulator.graphql(query)).data.content).toEqual([
      { jobName: 'ingest-sales', config: { sourceUrl: HOSTILE_URL } },
    ]);
  });

  it('refuses a body of the wrong shape and unknown executions or jobs', async () => {
    const { emulator, id } = await startedExecution();
    expect((await emulator.send('PUT', `/__emulator/executions/${id}`, { message: 42 })).statusCode).toBe(400);
    expect((await emulator.send('PUT', `/__emulator/executions/${id}`, ['x'])).statusCode).toBe(400);
    expect((await emulator.send('PUT', '/__emulator/executions/nope', { message: 'x' })).statusCode).toBe(404);
    expect((await emulator.send('PUT', '/__emulator/jobs/ingest-sales/source-url', {})).statusCode).toBe(400);
    expect((await emulator.send('PUT', '/__emulator/jobs/nope-job/source-url', { source_url: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('is off without --admin', async () => {
    emulator = await startTestEmulator();
    expect((await emulator.send('PUT', '/__emulator/executions/x', { message: 'x' })).statusCode).toBe(404);
  });
});

describe('a data directory written before the link columns existed', () => {
  it('gets them added and keeps its data', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vdk-emulator-'));
    try {
      const old = openDatabase({ dataDir });
      old.exec('ALTER TABLE executions DROP COLUMN logs_url; ALTER TABLE jobs DROP COLUMN source_url');
      old.prepare("INSERT INTO jobs (name, team, created_at) VALUES ('kept-job', 'analytics', 0)").run();
      closeDatabase(old);

      const reopened = openDatabase({ dataDir });
      const columns = (table: string) => reopened.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table);
      expect(columns('executions')).toContain('logs_url');
      expect(columns('jobs')).toContain('source_url');
      expect(reopened.prepare('SELECT name, source_url FROM jobs').all()).toEqual([
        { name: 'kept-job', source_url: null },
      ]);
      closeDatabase(reopened);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('team names in paths', () => {
  it('takes a long team name with markup, as the real service does (no 100-character parameter limit)', async () => {
    emulator = await startTestEmulator();
    const team = `<img src=x onerror=alert(1)> ${'x'.repeat(300)}`;
    const path = `/data-jobs/for-team/${encodeURIComponent(team)}/jobs`;
    const created = await emulator.send('POST', path, { job_name: 'long-team-job', description: 'd', config: {} });
    expect(created.statusCode).toBe(201);
    const read = await emulator.get(`${path}/long-team-job`);
    expect(json<{ team: string }>(read).team).toBe(team);
  });
});
