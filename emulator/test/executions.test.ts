import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRealClock } from '../src/clock/clock.ts';
import { json, startTestEmulator, T0, type TestEmulator } from './harness.ts';

const JOB = '/data-jobs/for-team/analytics/jobs/ingest-sales';
const START = `${JOB}/deployments/release/executions`;
const TERMINAL = ['succeeded', 'user_error', 'platform_error', 'skipped'];
let emulator: TestEmulator;

interface Execution {
  id: string;
  status: string;
  type: string;
  message: string;
  started_by: string | null;
  op_id: string;
  start_time: string;
  end_time: string | null;
}

async function start(body: unknown = {}, headers: Record<string, string> = {}) {
  return emulator.request({ method: 'POST', url: START, payload: body as object, headers });
}

async function read(id: string) {
  return json<Execution>(await emulator.get(`${JOB}/executions/${id}`));
}

beforeEach(async () => {
  emulator = await startTestEmulator();
  await emulator.createJob('analytics', 'ingest-sales');
});
afterEach(async () => {
  await emulator.close();
});

describe('starting executions', () => {
  it('answers 404 with an error body for an unknown job and for a job that is not deployed', async () => {
    const unknown = await emulator.send(
      'POST',
      '/data-jobs/for-team/analytics/jobs/unknown-job/deployments/x/executions',
      {},
    );
    expect(unknown.statusCode).toBe(404);
    expect(json<{ what: string }>(unknown).what).toBe("The Data Job 'unknown-job' does not exist.");
    const notDeployed = await start();
    expect(notDeployed.statusCode).toBe(404);
    expect(json<{ what: string }>(notDeployed).what).toBe("The Data Job 'ingest-sales' is not deployed.");
  });

  it('answers 202 with Location, stores it as submitted with X-OPID and started_by, and 409 while it runs', async () => {
    await emulator.deploy('analytics', 'ingest-sales');
    const started = await start(
      { started_by: 'manual/vdk-control-cli', args: { date: '2025-05-12' } },
      { 'x-opid': 'op-42' },
    );
    expect(started.statusCode).toBe(202);
    expect(started.body).toBe('');
    const id = `ingest-sales-${T0 / 1000}`;
    expect(started.headers.location).toBe(`http://localhost:80${JOB}/executions/${id}`);
    expect(await read(id)).toMatchObject({
      id,
      job_name: 'ingest-sales',
      status: 'submitted',
      type: 'manual',
      message: 'Submitted',
      started_by: 'manual/vdk-control-cli/null',
      op_id: 'op-42',
      start_time: '2025-05-13T10:00:00Z',
      end_time: null,
      logs_url: '',
      deployment: { id: 'release', mode: 'release', enabled: true, job_version: 'f00dbabe', python_version: '3.9' },
    });
    const again = await start();
    expect(again.statusCode).toBe(409);
    expect(json<{ what: string }>(again).what).toBe("The Data Job 'ingest-sales' is currently being executed.");
  });

  it('records started_by as the user (null with auth off) when none is sent', async () => {
    await emulator.deploy('analytics', 'ingest-sales');
    await start();
    expect((await read(`ingest-sales-${T0 / 1000}`)).started_by).toBeNull();
  });
});

describe('the execution lifecycle on the clock', () => {
  beforeEach(async () => {
    await emulator.deploy('analytics', 'ingest-sales');
    await start();
  });
  const id = `ingest-sales-${T0 / 1000}`;

  it('moves submitted → running → a terminal status with the real default messages', async () => {
    emulator.clock.advance(8_000);
    expect(await read(id)).toMatchObject({ status: 'running', message: 'Running', end_time: null });
    emulator.clock.advance(30 * 60_000);
    const done = await read(id);
    expect(TERMINAL).toContain(done.status);
    const messages: Record<string, string> = {
      succeeded: 'Success',
      user_error: 'User error',
      platform_error: 'Platform error',
      skipped: 'Skipping job execution due to another parallel running execution.',
    };
    expect(done.message).toBe(messages[done.status]);
    expect(Date.parse(done.end_time!)).toBeGreaterThan(T0);
    const start2 = await emulator.send('POST', START, {});
    expect(start2.statusCode).toBe(202);
  });

  it('grows the logs while running, honours tail_lines and returns "" once the pod is gone', async () => {
    expect(json(await emulator.get(`${JOB}/executions/${id}/logs`))).toEqual({ logs: '' });
    emulator.clock.advance(9_000);
    const early = json<{ logs: string }>(await emulator.get(`${JOB}/executions/${id}/logs`)).logs;
    expect(early).toContain('[VDK] ingest-sales');
    emulator.clock.advance(20_000);
    const later = json<{ logs: string }>(await emulator.get(`${JOB}/executions/${id}/logs`)).logs;
    expect(later.length).toBeGreaterThanOrEqual(early.length);
    expect(later.startsWith(early)).toBe(true);
    emulator.clock.advance(30 * 60_000);
    const full = json<{ logs: string }>(await emulator.get(`${JOB}/executions/${id}/logs`)).logs;
    expect(full).toMatch(/Processing step \d+_\w+\.(sql|py)/);
    const tail = json<{ logs: string }>(await emulator.get(`${JOB}/executions/${id}/logs?tail_lines=2`)).logs;
    expect(tail.split('\n')).toEqual(full.split('\n').slice(-2));
    emulator.clock.advance(3_600_000);
    expect(json(await emulator.get(`${JOB}/executions/${id}/logs`))).toEqual({ logs: '' });
    const unknown = await emulator.get(`${JOB}/executions/nope-1/logs`);
    expect(unknown.statusCode).toBe(404);
  });

  it('cancels a submitted or running execution (200) but not a finished one (400)', async () => {
    const cancelled = await emulator.send('DELETE', `${JOB}/executions/${id}`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.body).toBe('');
    expect(await read(id)).toMatchObject({
      status: 'cancelled',
      message: 'Job execution cancelled by user.',
      end_time: '2025-05-13T10:00:00Z',
    });
    const again = await emulator.send('DELETE', `${JOB}/executions/${id}`);
    expect(again.statusCode).toBe(400);
    expect(json<{ why: string }>(again).why).toBe('Specified data job execution is not in running or submitted state.');
    expect((await emulator.send('DELETE', `${JOB}/executions/ingest-sales-1`)).statusCode).toBe(404);
    expect(
      (await emulator.send('DELETE', `/data-jobs/for-team/finance/jobs/ingest-sales/executions/${id}`)).statusCode,
    ).toBe(404);
  });

  it('reads by id only, 404 with an error body for unknown ids or teams', async () => {
    const unknown = await emulator.get(`${JOB}/executions/ingest-sales-1`);
    expect(unknown.statusCode).toBe(404);
    expect(json<{ what: string }>(unknown).what).toBe("The Data Job execution 'ingest-sales-1' does not exist.");
    const otherTeam = await emulator.get(`/data-jobs/for-team/finance/jobs/ingest-sales/executions/${id}`);
    expect(otherTeam.statusCode).toBe(404);
    expect(json<{ what: string }>(otherTeam).what).toBe("The Data Job 'ingest-sales' does not exist.");
  });

  it('lists all executions, filtered by lowercase execution_status; an invalid status is 404', async () => {
    const list = async (query: string) => json<Execution[]>(await emulator.get(`${JOB}/executions${query}`));
    expect((await list('')).map((execution) => execution.id)).toEqual([id]);
    expect(await list('?execution_status=running')).toEqual([]);
    expect(await list('?execution_status=running&execution_status=submitted')).toHaveLength(1);
    expect(await list('?execution_status=running,submitted')).toHaveLength(1);
    expect(
      json<Execution[]>(await emulator.get(`${JOB}/deployments/x/executions?execution_status=submitted`)),
    ).toHaveLength(1);
    const invalid = await emulator.get(`${JOB}/executions?execution_status=RUNNING`);
    expect(invalid.statusCode).toBe(404);
    expect(json<{ what: string }>(invalid).what).toBe("The Execution Status 'RUNNING' is not valid.");
    expect((await emulator.get('/data-jobs/for-team/finance/jobs/ingest-sales/executions')).statusCode).toBe(404);
  });
});

describe('scheduled executions', () => {
  const everyMinute = { schedule: { schedule_cron: '*/1 * * * *' } };

  it('fires a */1 cron on the manual clock; runs reach terminal states in REST and GraphQL', async () => {
    await emulator.createJob('analytics', 'every-minute', everyMinute);
    emulator.db.prepare(`UPDATE jobs SET profile = '{"durationSeconds":20}' WHERE name = 'every-minute'`).run();
    await emulator.deploy('analytics', 'every-minute');
    for (let minute = 0; minute < 10; minute += 1) emulator.clock.advance(60_000);
    const executions = json<Execution[]>(
      await emulator.get('/data-jobs/for-team/analytics/jobs/every-minute/executions'),
    );
    expect(executions.length).toBeGreaterThanOrEqual(9);
    for (const execution of executions) {
      expect(execution.type).toBe('scheduled');
      expect(execution.started_by).toBe('scheduled/runtime');
      expect(execution.id).toBe(`every-minute-${Math.floor(Date.parse(execution.start_time) / 60_000)}`);
    }
    expect(executions.filter((execution) => TERMINAL.includes(execution.status)).length).toBeGreaterThanOrEqual(8);
    const graphql = await emulator.graphql(
      '{jobs(pageNumber:1,filter:[{property:"jobName",pattern:"every-minute"}]){content{deployments{lastExecutionStatus lastExecutionTime executions(order:{property:"startTime",direction:DESC}){status type}}}}}',
    );
    const [deployment] = json<{
      data: {
        content: { deployments: { lastExecutionStatus: string; executions: { status: string; type: string }[] }[] }[];
      };
    }>(graphql).data.content[0]!.deployments;
    expect(TERMINAL.map((status) => status.toUpperCase())).toContain(deployment!.lastExecutionStatus);
    expect(deployment!.executions.length).toBe(executions.length);
    expect(deployment!.executions.every((execution) => execution.type === 'SCHEDULED')).toBe(true);
  });

  it('stops firing when the deployment is disabled and never fires an unscheduled job', async () => {
    await emulator.createJob('analytics', 'every-minute', everyMinute);
    await emulator.deploy('analytics', 'every-minute', { enabled: false });
    await emulator.deploy('analytics', 'ingest-sales');
    emulator.clock.advance(5 * 60_000);
    expect(emulator.db.prepare('SELECT COUNT(*) FROM executions').pluck().get()).toBe(0);
  });

  it('lets ticks pass with no execution for a job whose profile misses them, and fires again once it does not', async () => {
    await emulator.createJob('analytics', 'every-minute', everyMinute);
    await emulator.deploy('analytics', 'every-minute');
    const profile = (body: Record<string, unknown>) =>
      emulator.db.prepare(`UPDATE jobs SET profile = ? WHERE name = 'every-minute'`).run(JSON.stringify(body));
    profile({ missedTickRate: 1 });
    const count = () =>
      emulator.db.prepare("SELECT COUNT(*) FROM executions WHERE job_name = 'every-minute'").pluck().get() as number;
    for (let minute = 0; minute < 5; minute += 1) emulator.clock.advance(60_000);
    expect(count()).toBe(0);
    profile({ missedTickRate: 0 });
    for (let minute = 0; minute < 2; minute += 1) emulator.clock.advance(60_000);
    expect(count()).toBeGreaterThan(0);
  });

  it('keeps at most 100 finished executions per job and none older than 14 days', async () => {
    await emulator.createJob('analytics', 'every-minute', everyMinute);
    emulator.db
      .prepare(`UPDATE jobs SET profile = '{"durationSeconds":5,"skippedRate":0}' WHERE name = 'every-minute'`)
      .run();
    await emulator.deploy('analytics', 'every-minute');
    for (let minute = 0; minute < 110; minute += 1) emulator.clock.advance(60_000);
    const count = () =>
      emulator.db
        .prepare("SELECT COUNT(*) FROM executions WHERE job_name = 'every-minute' AND end_time IS NOT NULL")
        .pluck()
        .get() as number;
    expect(count()).toBe(100);
    await emulator.send('PATCH', '/data-jobs/for-team/analytics/jobs/every-minute/deployments/x', { enabled: false });
    emulator.clock.advance(15 * 86_400_000);
    await emulator.send('PATCH', '/data-jobs/for-team/analytics/jobs/every-minute/deployments/x', { enabled: true });
    emulator.clock.advance(60_000);
    emulator.clock.advance(60_000);
    expect(count()).toBe(1);
  });

  it('expires finished executions older than 14 days in the periodic cleanup', async () => {
    await emulator.deploy('analytics', 'ingest-sales');
    await start();
    emulator.clock.advance(3_600_000);
    expect(json<Execution[]>(await emulator.get(`${JOB}/executions`))).toHaveLength(1);
    emulator.clock.advance(13 * 86_400_000);
    expect(json<Execution[]>(await emulator.get(`${JOB}/executions`))).toHaveLength(1);
    emulator.clock.advance(2 * 86_400_000);
    expect(json<Execution[]>(await emulator.get(`${JOB}/executions`))).toEqual([]);
  });

  it('runs the clock N times faster with --speed (real clock at speed 60)', async () => {
    await emulator.close();
    emulator = await startTestEmulator({ clock: createRealClock(60) });
    await emulator.createJob('analytics', 'every-minute', everyMinute);
    emulator.db
      .prepare(`UPDATE jobs SET profile = '{"durationSeconds":10,"jitter":0}' WHERE name = 'every-minute'`)
      .run();
    await emulator.deploy('analytics', 'every-minute');
    const deadline = Date.now() + 8_000;
    let finished: Execution | undefined;
    while (!finished && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const executions = json<Execution[]>(
        await emulator.get('/data-jobs/for-team/analytics/jobs/every-minute/executions'),
      );
      finished = executions.find((execution) => TERMINAL.includes(execution.status));
    }
    expect(finished).toBeDefined();
  });
});
