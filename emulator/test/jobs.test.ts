import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startTestEmulator, type TestEmulator } from './harness.ts';

const JOBS = '/data-jobs/for-team/analytics/jobs';
let emulator: TestEmulator;

beforeEach(async () => {
  emulator = await startTestEmulator();
});
afterEach(async () => {
  await emulator.close();
});

const fullJob = {
  job_name: 'ingest-sales',
  description: 'Loads sales',
  config: {
    db_default_type: 'TRINO',
    contacts: { notified_on_job_failure_user_error: ['a@x.com', 'b@x.com'] },
    schedule: { schedule_cron: '0 */2 * * *' },
    generate_keytab: true,
    enable_execution_notifications: false,
    notification_delay_period_minutes: 60,
  },
};

describe('job create', () => {
  it('answers 201 with an absolute Location and an empty body, then reads the job back', async () => {
    const created = await emulator.send('POST', JOBS, fullJob);
    expect(created.statusCode).toBe(201);
    expect(created.body).toBe('');
    expect(created.headers.location).toBe('http://localhost:80/data-jobs/for-team/analytics/jobs/ingest-sales');

    const read = await emulator.get(`${JOBS}/ingest-sales`);
    expect(read.statusCode).toBe(200);
    expect(json(read)).toEqual({
      job_name: 'ingest-sales',
      description: 'Loads sales',
      team: 'analytics',
      config: {
        db_default_type: 'TRINO',
        contacts: {
          notified_on_job_failure_user_error: ['a@x.com', 'b@x.com'],
          notified_on_job_failure_platform_error: [],
          notified_on_job_success: [],
          notified_on_job_deploy: [],
        },
        schedule: { schedule_cron: '0 */2 * * *' },
        generate_keytab: true,
        enable_execution_notifications: false,
        notification_delay_period_minutes: 60,
      },
    });
  });

  it('URL-encodes the team in Location (spaces are allowed in team names)', async () => {
    const created = await emulator.send('POST', '/data-jobs/for-team/test%20team/jobs', {
      ...fullJob,
      team: undefined,
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toMatch(/\/data-jobs\/for-team\/test%20team\/jobs\/ingest-sales$/);
  });

  it('refuses a duplicate name in any team with 409 and an empty body', async () => {
    await emulator.createJob('finance', 'ingest-sales');
    const duplicate = await emulator.send('POST', JOBS, fullJob);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).toBe('');
  });

  it.each([
    ['a missing name', { description: 'x', config: {} }],
    ['five characters', { job_name: 'aaaaa', description: 'x', config: {} }],
    ['an uppercase letter', { job_name: 'Ingest-sales', description: 'x', config: {} }],
    ['a leading digit', { job_name: '1ngest-sales', description: 'x', config: {} }],
    ['51 characters', { job_name: `a${'b'.repeat(50)}`, description: 'x', config: {} }],
    ['another team in the body', { ...fullJob, team: 'finance' }],
  ])('answers 400 with an error body for %s', async (_case, body) => {
    const response = await emulator.send('POST', JOBS, body);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(json(response))).toEqual(['what', 'why', 'consequences', 'countermeasures']);
  });

  it('accepts six characters and fifty characters', async () => {
    expect((await emulator.send('POST', JOBS, { ...fullJob, job_name: 'aaaaaa' })).statusCode).toBe(201);
    expect((await emulator.send('POST', JOBS, { ...fullJob, job_name: `a${'b'.repeat(49)}` })).statusCode).toBe(201);
  });

  it('answers 400 when the name query parameter differs from the body', async () => {
    const response = await emulator.request({ method: 'POST', url: `${JOBS}?name=other-name`, payload: fullJob });
    expect(response.statusCode).toBe(400);
  });

  it('answers 400 "An issue with the JSON body" for unreadable JSON and wrong types', async () => {
    const broken = await emulator.request({
      method: 'POST',
      url: JOBS,
      headers: { 'content-type': 'application/json' },
      payload: '{"job_name": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(json<{ what: string }>(broken).what).toBe('An issue with the JSON body of the request was found');
    const wrongType = await emulator.send('POST', JOBS, { ...fullJob, config: { generate_keytab: 'yes' } });
    expect(wrongType.statusCode).toBe(400);
    expect(json<{ why: string }>(wrongType).why).toContain('generate_keytab');
  });

  it('stores generate_keytab false without config and defaults it to true with config', async () => {
    await emulator.send('POST', JOBS, { job_name: 'without-config', description: 'x' });
    await emulator.send('POST', JOBS, { job_name: 'with-config', description: 'x', config: {} });
    expect(
      json<{ config: { generate_keytab: boolean } }>(await emulator.get(`${JOBS}/without-config`)).config
        .generate_keytab,
    ).toBe(false);
    expect(
      json<{ config: { generate_keytab: boolean } }>(await emulator.get(`${JOBS}/with-config`)).config.generate_keytab,
    ).toBe(true);
    expect((await emulator.get(`${JOBS}/without-config/keytab`)).statusCode).toBe(404);
    const keytab = await emulator.get(`${JOBS}/with-config/keytab`);
    expect(keytab.statusCode).toBe(200);
    expect(keytab.headers['content-type']).toBe('application/octet-stream');
    expect(keytab.rawPayload.length).toBeGreaterThan(10);
  });
});

describe('job read, update, delete, move', () => {
  beforeEach(async () => {
    await emulator.send('POST', JOBS, fullJob);
  });

  it('answers 404 with an empty body for an unknown job or another team', async () => {
    for (const url of [
      `${JOBS}/unknown-job`,
      '/data-jobs/for-team/finance/jobs/ingest-sales',
      `${JOBS}/INGEST-SALES`,
    ]) {
      const response = await emulator.get(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe('');
    }
  });

  it('replaces the whole job on PUT and answers 200 with an empty body', async () => {
    const response = await emulator.send('PUT', `${JOBS}/ingest-sales`, {
      job_name: 'ingest-sales',
      description: 'New text',
      config: { schedule: { schedule_cron: '5 * * * *' } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    const job = json<{ description: string; config: Record<string, unknown> }>(
      await emulator.get(`${JOBS}/ingest-sales`),
    );
    expect(job.description).toBe('New text');
    expect(job.config.schedule).toEqual({ schedule_cron: '5 * * * *' });
    expect(job.config.db_default_type).toBeNull();
    expect(job.config.contacts).toEqual({
      notified_on_job_failure_user_error: [],
      notified_on_job_failure_platform_error: [],
      notified_on_job_success: [],
      notified_on_job_deploy: [],
    });
  });

  it('refuses an update with another name or team (400) and of an unknown job (404 empty)', async () => {
    expect(
      (await emulator.send('PUT', `${JOBS}/ingest-sales`, { ...fullJob, job_name: 'other-name' })).statusCode,
    ).toBe(400);
    const teamChange = await emulator.send('PUT', `${JOBS}/ingest-sales`, { ...fullJob, team: 'finance' });
    expect(teamChange.statusCode).toBe(400);
    expect(json<{ countermeasures: string }>(teamChange).countermeasures).toContain('use the UpdateJobTeam API');
    const unknown = await emulator.send('PUT', `${JOBS}/unknown-job`, { ...fullJob, job_name: 'unknown-job' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toBe('');
  });

  it('deletes with 200 and an empty body; a second delete is 404', async () => {
    const deleted = await emulator.send('DELETE', `${JOBS}/ingest-sales`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body).toBe('');
    expect((await emulator.get(`${JOBS}/ingest-sales`)).statusCode).toBe(404);
    expect((await emulator.send('DELETE', `${JOBS}/ingest-sales`)).statusCode).toBe(404);
  });

  it('cascades a delete to deployment and executions but keeps properties', async () => {
    await emulator.deploy('analytics', 'ingest-sales');
    await emulator.send('POST', `${JOBS}/ingest-sales/deployments/release/executions`, {});
    await emulator.send('PUT', `${JOBS}/ingest-sales/deployments/release/properties`, { offset: 7 });
    await emulator.send('DELETE', `${JOBS}/ingest-sales`);
    expect(emulator.db.prepare('SELECT COUNT(*) FROM executions').pluck().get()).toBe(0);
    expect(emulator.db.prepare('SELECT COUNT(*) FROM deployments').pluck().get()).toBe(0);
    await emulator.createJob('analytics', 'ingest-sales');
    expect(json(await emulator.get(`${JOBS}/ingest-sales/deployments/release/properties`))).toEqual({ offset: 7 });
  });

  it('moves a job to another team with 200; the old team then gets 404', async () => {
    const moved = await emulator.send('PUT', `${JOBS}/ingest-sales/team/finance`);
    expect(moved.statusCode).toBe(200);
    expect(moved.body).toBe('');
    expect((await emulator.get(`${JOBS}/ingest-sales`)).statusCode).toBe(404);
    expect(json<{ team: string }>(await emulator.get('/data-jobs/for-team/finance/jobs/ingest-sales')).team).toBe(
      'finance',
    );
    expect((await emulator.send('PUT', '/data-jobs/for-team/finance/jobs/ingest-sales/team/finance')).statusCode).toBe(
      200,
    );
    expect((await emulator.send('PUT', `${JOBS}/ingest-sales/team/finance`)).statusCode).toBe(404);
  });

  it('answers 405 for a wrong method on a known path', async () => {
    expect((await emulator.get(`${JOBS}/ingest-sales/team/finance`)).statusCode).toBe(405);
  });
});

describe('service info and op ids', () => {
  it('lists the supported python versions and ignores the team', async () => {
    const info = json<{ api_version: string; supported_python_versions: string[] }>(
      await emulator.get('/data-jobs/for-team/whatever/info'),
    );
    expect(info.supported_python_versions).toEqual(['3.9', '3.10', '3.11']);
    expect(info.api_version).toMatch(/^PipelinesControlService\//);
  });

  it('echoes X-OPID on responses with a body and generates one when absent', async () => {
    const echoed = await emulator.get('/data-jobs/for-team/a/info', { 'x-opid': 'my-op-1' });
    expect(echoed.headers['x-opid']).toBe('my-op-1');
    const generated = await emulator.get('/data-jobs/for-team/a/info');
    expect(generated.headers['x-opid']).toMatch(/^0\d{13}$/);
  });
});
