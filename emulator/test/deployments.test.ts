import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startTestEmulator, type TestEmulator } from './harness.ts';

const JOB = '/data-jobs/for-team/analytics/jobs/ingest-sales';
let emulator: TestEmulator;

beforeEach(async () => {
  emulator = await startTestEmulator();
  await emulator.createJob('analytics', 'ingest-sales', { schedule: { schedule_cron: '0 * * * *' } });
});
afterEach(async () => {
  await emulator.close();
});

describe('deployments', () => {
  it('lists [] before the first deploy while reading one is 404 with an empty body', async () => {
    const list = await emulator.get(`${JOB}/deployments`);
    expect(list.statusCode).toBe(200);
    expect(json(list)).toEqual([]);
    const one = await emulator.get(`${JOB}/deployments/release`);
    expect(one.statusCode).toBe(404);
    expect(one.body).toBe('');
  });

  it('applies a POST asynchronously after the deploy delay and reports the K8S-mode status', async () => {
    await emulator.close();
    emulator = await startTestEmulator({ deployDelayMs: 150 });
    await emulator.createJob('analytics', 'ingest-sales', { schedule: { schedule_cron: '0 * * * *' } });
    const accepted = await emulator.send('POST', `${JOB}/deployments`, {
      job_version: 'abc123',
      python_version: '3.11',
    });
    expect(accepted.statusCode).toBe(202);
    expect(accepted.body).toBe('');
    expect(json(await emulator.get(`${JOB}/deployments`))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [deployment] = json<Record<string, unknown>[]>(await emulator.get(`${JOB}/deployments`));
    expect(deployment).toEqual({
      vdk_version: 'release',
      job_version: 'abc123',
      python_version: '3.11',
      mode: 'release',
      id: null,
      enabled: true,
      contacts: null,
      schedule: null,
      resources: null,
      last_deployed_date: '2025-05-13T10:00Z',
      last_deployed_by: null,
    });
    expect(json(await emulator.get(`${JOB}/deployments/anything`))).toEqual(deployment);
  });

  it('deploys the latest uploaded source when no job_version is given', async () => {
    const zip = zipSync({ 'any-folder/20_ingest.py': new TextEncoder().encode('def run(job_input): pass\n') });
    const upload = await emulator.request({
      method: 'POST',
      url: `${JOB}/sources`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(zip),
    });
    expect(upload.statusCode).toBe(200);
    const { version_sha } = json<{ version_sha: string }>(upload);
    expect(version_sha).toMatch(/^[0-9a-f]{40}$/);
    const again = await emulator.request({
      method: 'POST',
      url: `${JOB}/sources`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(zip),
    });
    expect(json(again)).toEqual({ version_sha });
    await emulator.send('POST', `${JOB}/deployments`, {});
    expect(json<{ job_version: string }>(await emulator.get(`${JOB}/deployments/x`)).job_version).toBe(version_sha);
    const download = await emulator.get(`${JOB}/sources`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await emulator.send('DELETE', `${JOB}/sources`)).statusCode).toBe(200);
    expect((await emulator.get(`${JOB}/sources`)).statusCode).toBe(404);
  });

  it('refuses an unsupported python version with 409 and resources with 400', async () => {
    const python = await emulator.send('POST', `${JOB}/deployments`, { job_version: 'a', python_version: '2.7' });
    expect(python.statusCode).toBe(409);
    expect(json<{ what: string }>(python).what).toBe("Not supported python version: '2.7'");
    const resources = await emulator.send('POST', `${JOB}/deployments`, {
      job_version: 'a',
      resources: { cpu_limit: 2 },
    });
    expect(resources.statusCode).toBe(400);
    expect(json<{ what: string }>(resources).what).toBe(
      'The setting of job resources like CPU and memory is not allowed.',
    );
  });

  it('answers 404 with an empty body for deployments of a job outside the team', async () => {
    for (const [method, url] of [
      ['GET', '/data-jobs/for-team/finance/jobs/ingest-sales/deployments'],
      ['POST', '/data-jobs/for-team/finance/jobs/ingest-sales/deployments'],
      ['GET', '/data-jobs/for-team/finance/jobs/ingest-sales/deployments/x'],
      ['PATCH', '/data-jobs/for-team/finance/jobs/ingest-sales/deployments/x'],
      ['DELETE', '/data-jobs/for-team/finance/jobs/ingest-sales/deployments/x'],
      ['GET', '/data-jobs/for-team/finance/jobs/ingest-sales/keytab'],
      ['POST', '/data-jobs/for-team/finance/jobs/ingest-sales/sources'],
      ['GET', '/data-jobs/for-team/finance/jobs/ingest-sales/sources'],
      ['DELETE', '/data-jobs/for-team/finance/jobs/ingest-sales/sources'],
    ] as const) {
      const response = await emulator.request({
        method,
        url,
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).toBe('');
    }
  });

  it('merges a PATCH synchronously (202) and refuses version changes (400) and missing deployments (404 body)', async () => {
    const notDeployed = await emulator.send('PATCH', `${JOB}/deployments/release`, { enabled: false });
    expect(notDeployed.statusCode).toBe(404);
    expect(json<{ what: string }>(notDeployed).what).toBe("The Data Job 'ingest-sales' is not deployed.");
    await emulator.deploy('analytics', 'ingest-sales', { job_version: 'v1', python_version: '3.9' });
    const disabled = await emulator.send('PATCH', `${JOB}/deployments/release`, { enabled: false });
    expect(disabled.statusCode).toBe(202);
    expect(disabled.body).toBe('');
    expect(json<{ enabled: boolean }>(await emulator.get(`${JOB}/deployments/release`)).enabled).toBe(false);
    for (const change of [{ job_version: 'v2' }, { python_version: '3.10' }]) {
      const response = await emulator.send('PATCH', `${JOB}/deployments/release`, change);
      expect(response.statusCode).toBe(400);
      expect(json<{ countermeasures: string }>(response).countermeasures).toContain('Use POST');
    }
    expect(
      (await emulator.send('PATCH', `${JOB}/deployments/release`, { job_version: 'v1', vdk_version: 'v-next' }))
        .statusCode,
    ).toBe(202);
    const python = await emulator.send('PATCH', `${JOB}/deployments/release`, { python_version: '2.7' });
    expect(python.statusCode).toBe(409);
    const resources = await emulator.send('PATCH', `${JOB}/deployments/release`, {
      resources: { memory_request: 1, memory_limit: 2 },
    });
    expect(resources.statusCode).toBe(400);
    expect(json<{ what: string }>(resources).what).toBe(
      'The setting of job resources like CPU and memory is not allowed.',
    );
    expect(json<{ vdk_version: string }>(await emulator.get(`${JOB}/deployments/release`)).vdk_version).toBe('v-next');
  });

  it('deletes with 202 whether or not a deployment exists; executions keep running', async () => {
    expect((await emulator.send('DELETE', `${JOB}/deployments/release`)).statusCode).toBe(202);
    await emulator.deploy('analytics', 'ingest-sales');
    await emulator.send('POST', `${JOB}/deployments/release/executions`, {});
    const deleted = await emulator.send('DELETE', `${JOB}/deployments/release`);
    expect(deleted.statusCode).toBe(202);
    expect(json(await emulator.get(`${JOB}/deployments`))).toEqual([]);
    emulator.clock.advance(5_000);
    const [execution] = json<{ status: string }[]>(await emulator.get(`${JOB}/executions`));
    expect(execution!.status).toBe('running');
  });
});

describe('properties and secrets', () => {
  it('replaces properties with PUT (204) keyed by job name only, {} when none', async () => {
    expect(json(await emulator.get(`${JOB}/deployments/x/properties`))).toEqual({});
    const put = await emulator.send('PUT', `${JOB}/deployments/x/properties`, { a: 1, b: null, nested: { c: [1] } });
    expect(put.statusCode).toBe(204);
    await emulator.send('PUT', `${JOB}/deployments/x/properties`, { a: 2 });
    expect(json(await emulator.get('/data-jobs/for-team/other/jobs/ingest-sales/deployments/y/properties'))).toEqual({
      a: 2,
    });
    expect((await emulator.send('PUT', `${JOB}/deployments/x/properties`, [1, 2])).statusCode).toBe(400);
  });

  it('answers 501 for secrets unless they are enabled', async () => {
    const read = await emulator.get(`${JOB}/deployments/x/secrets`);
    expect(read.statusCode).toBe(501);
    expect(json<{ what: string }>(read).what).toBe('Secrets encountered an error: Not Configured.');
    expect((await emulator.send('PUT', `${JOB}/deployments/x/secrets`, { k: 'v' })).statusCode).toBe(501);
    await emulator.close();
    emulator = await startTestEmulator({ secrets: true });
    expect(json(await emulator.get(`${JOB}/deployments/x/secrets`))).toEqual({});
    expect((await emulator.send('PUT', `${JOB}/deployments/x/secrets`, { k: 'v' })).statusCode).toBe(202);
    expect(json(await emulator.get(`${JOB}/deployments/x/secrets`))).toEqual({ k: 'v' });
    const tooLarge = await emulator.send('PUT', `${JOB}/deployments/x/secrets`, { k: 'x'.repeat(1_100_000) });
    expect(tooLarge.statusCode).toBe(413);
  });

  it('answers 501 for team OAuth credentials (Vault disabled)', async () => {
    expect((await emulator.get('/data-jobs/teams/analytics/oauth-credentials')).statusCode).toBe(501);
  });
});
