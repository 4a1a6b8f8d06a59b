import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthProvider, Principal } from '../src/auth-types.ts';
import { json, startTestEmulator, T0, type TestEmulator } from './harness.ts';

let emulator: TestEmulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('spec validation', () => {
  it('turns a response that breaks the spec into a 500 under --strict', async () => {
    emulator = await startTestEmulator();
    emulator.app.get('/data-jobs/for-team/:team_name/drift', { config: { operationId: 'dataJobRead' } }, async () => ({
      job_name: 42,
      description: 'x',
      config: {},
    }));
    emulator.app.get(
      '/data-jobs/for-team/:team_name/odd-status',
      { config: { operationId: 'dataJobRead' } },
      async (_request, reply) => reply.code(202).send(),
    );
    const response = await emulator.get('/data-jobs/for-team/a/drift');
    expect(response.statusCode).toBe(500);
    expect(json<{ why: string }>(response).why).toContain('/job_name must be string');
    expect((await emulator.get('/data-jobs/for-team/a/odd-status')).statusCode).toBe(500);
  });

  it('answers 400 for a request body that breaks the spec', async () => {
    emulator = await startTestEmulator();
    await emulator.createJob('analytics', 'ingest-sales');
    const response = await emulator.send('POST', '/data-jobs/for-team/analytics/jobs/ingest-sales/deployments', {
      enabled: 'yes',
    });
    expect(response.statusCode).toBe(400);
    expect(json<{ what: string; why: string }>(response)).toMatchObject({
      what: 'An issue with the JSON body of the request was found',
      why: expect.stringContaining('/enabled must be boolean') as string,
    });
    const query = await emulator.get(
      '/data-jobs/for-team/analytics/jobs/ingest-sales/executions/x-1/logs?tail_lines=abc',
    );
    // Spring cannot bind it before the controller runs: a Bug (500), as the real service answers.
    expect(query.statusCode).toBe(500);
    expect(json<{ why: string }>(query).why).toBe(
      `Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; nested exception is java.lang.NumberFormatException: For input string: "abc"`,
    );
  });

  it('answers unknown API paths like Spring Boot (404 JSON with the path)', async () => {
    emulator = await startTestEmulator();
    const response = await emulator.get('/data-jobs/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(json(response)).toMatchObject({ status: 404, error: 'Not Found', path: '/data-jobs/nothing-here' });
  });
});

describe('fault injection', () => {
  it('adds latency, 503s, resets and malformed bodies on /data-jobs only, changeable at runtime', async () => {
    emulator = await startTestEmulator({ admin: true, faults: { errorRate: 1 } });
    const failed = await emulator.get('/data-jobs/for-team/a/info');
    expect(failed.statusCode).toBe(503);
    expect(Object.keys(json(failed))).toEqual(['what', 'why', 'consequences', 'countermeasures']);
    expect((await emulator.get('/__emulator/faults')).statusCode).toBe(200);

    const set = await emulator.send('PUT', '/__emulator/faults', { errorRate: 0, malformedRate: 1 });
    expect(json(set)).toEqual({
      latencyMs: 0,
      errorRate: 0,
      resetRate: 0,
      malformedRate: 1,
      lostReplyRate: 0,
      lostReplyDelayMs: 0,
    });
    const malformed = await emulator.get('/data-jobs/for-team/a/info');
    expect(malformed.statusCode).toBe(200);
    expect(() => JSON.parse(malformed.body) as unknown).toThrow();

    await emulator.send('PUT', '/__emulator/faults', { malformedRate: 0, latencyMs: 150 });
    const started = Date.now();
    expect((await emulator.get('/data-jobs/for-team/a/info')).statusCode).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await emulator.send('PUT', '/__emulator/faults', { latencyMs: 0, resetRate: 1 });
    const address = await emulator.app.listen({ port: 0, host: '127.0.0.1' });
    await expect(fetch(`${address}/data-jobs/for-team/a/info`)).rejects.toThrow();
    expect((await fetch(`${address}/__emulator/faults`)).status).toBe(200);
    expect((await emulator.send('PUT', '/__emulator/faults', { errorRate: 2 })).statusCode).toBe(400);
  });

  it('loses the reply of a write that was carried out, and only of writes', async () => {
    emulator = await startTestEmulator({ admin: true });
    await emulator.send('PUT', '/__emulator/faults', { lostReplyRate: 1 });
    const address = await emulator.app.listen({ port: 0, host: '127.0.0.1' });
    const create = fetch(`${address}/data-jobs/for-team/a/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ job_name: 'lost-reply', description: 'Created without an answer', config: {} }),
    });
    await expect(create).rejects.toThrow();
    // The reads are answered, and show that the write happened.
    const read = await fetch(`${address}/data-jobs/for-team/a/jobs/lost-reply`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { description: string }).description).toBe('Created without an answer');
    // A refused write is answered: nothing was done, so nothing is uncertain.
    const refused = await fetch(`${address}/data-jobs/for-team/a/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ job_name: 'lost-reply', config: {} }),
    });
    expect(refused.status).toBe(409);
    await emulator.send('PUT', '/__emulator/faults', { lostReplyRate: 0 });
    expect((await emulator.send('DELETE', '/data-jobs/for-team/a/jobs/lost-reply')).statusCode).toBe(200);
  });

  it('can hold a lost reply past a client timeout before dropping the connection', async () => {
    emulator = await startTestEmulator({ admin: true, faults: { lostReplyRate: 1, lostReplyDelayMs: 300 } });
    const address = await emulator.app.listen({ port: 0, host: '127.0.0.1' });
    const started = Date.now();
    const create = fetch(`${address}/data-jobs/for-team/a/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ job_name: 'held-reply', config: {} }),
    });
    await expect(create).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect((await emulator.get('/data-jobs/for-team/a/jobs/held-reply')).statusCode).toBe(200);
    expect((await emulator.send('PUT', '/__emulator/faults', { lostReplyDelayMs: 600_001 })).statusCode).toBe(400);
  });

  it('keeps the admin endpoints off unless enabled; the clock can be advanced through them', async () => {
    emulator = await startTestEmulator();
    expect((await emulator.get('/__emulator/faults')).statusCode).toBe(404);
    await emulator.close();
    emulator = await startTestEmulator({ admin: true });
    const advanced = await emulator.send('POST', '/__emulator/clock', { advanceMs: 3_600_000 });
    expect(json(advanced)).toMatchObject({ now: '2025-05-13T11:00:00.000Z', kind: 'manual' });
  });
});

describe('job behaviour profiles through the admin API', () => {
  it('makes the next runs of a job fail and start after a fixed delay', async () => {
    emulator = await startTestEmulator({ admin: true });
    await emulator.createJob('analytics', 'ingest-sales');
    await emulator.deploy('analytics', 'ingest-sales');
    const profile = await emulator.send('PUT', '/__emulator/jobs/ingest-sales/profile', {
      userErrorRate: 1,
      skippedRate: 0,
      platformErrorRate: 0,
      startDelaySeconds: 20,
    });
    expect(json(profile)).toMatchObject({ userErrorRate: 1, startDelaySeconds: 20 });
    const started = await emulator.send(
      'POST',
      '/data-jobs/for-team/analytics/jobs/ingest-sales/deployments/x/executions',
      {},
    );
    const id = started.headers.location!.split('/').pop()!;
    const status = async () =>
      json<{ status: string }>(await emulator!.get(`/data-jobs/for-team/analytics/jobs/ingest-sales/executions/${id}`))
        .status;
    emulator.clock.advance(19_000);
    expect(await status()).toBe('submitted');
    emulator.clock.advance(3_600_000);
    expect(await status()).toBe('user_error');
    expect((await emulator.send('PUT', '/__emulator/jobs/unknown-job/profile', {})).statusCode).toBe(404);
  });
});

describe('CORS', () => {
  it('sends no CORS headers by default, like the real service', async () => {
    emulator = await startTestEmulator();
    const response = await emulator.get('/data-jobs/for-team/a/info', { origin: 'http://localhost:5173' });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the --cors origin, preflight included', async () => {
    emulator = await startTestEmulator({ corsOrigin: 'http://localhost:5173' });
    const allowed = await emulator.get('/data-jobs/for-team/a/info', { origin: 'http://localhost:5173' });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(allowed.headers['access-control-expose-headers']).toContain('Location');
    const preflight = await emulator.request({
      method: 'OPTIONS',
      url: '/data-jobs/for-team/a/jobs',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
    const other = await emulator.get('/data-jobs/for-team/a/info', { origin: 'http://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('static hosting', () => {
  it('serves the dashboard beside the API with SPA fallback and the right cache headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdk-static-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>VDK</title></head></html>');
      writeFileSync(join(dir, 'config.json'), '{"apiBaseUrl":""}');
      writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
      emulator = await startTestEmulator({ staticDir: dir });
      const index = await emulator.get('/');
      expect(index.statusCode).toBe(200);
      expect(index.headers['cache-control']).toBe('no-cache');
      const deepLink = await emulator.get('/jobs/analytics/ingest-sales/executions');
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.body).toContain('<title>VDK</title>');
      // Its relative asset URLs must resolve against the root, not the deep path.
      expect(deepLink.body).toContain('<head><base href="/"><title>');
      expect(deepLink.headers['cache-control']).toBe('no-cache');
      expect((await emulator.get('/config.json')).headers['cache-control']).toBe('no-cache');
      expect((await emulator.get('/assets/app-1234.js')).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
      const api = await emulator.get('/data-jobs/unknown');
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('authentication and team authorization', () => {
  const users: Record<string, Principal> = {
    'token-alice': { username: 'alice', teams: ['analytics'] },
    'token-bob': { username: 'bob', teams: ['finance'] },
  };
  const provider: AuthProvider = {
    register: async () => {},
    authenticate: async (header) => users[header?.replace(/^Bearer /, '') ?? ''] ?? null,
  };
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('answers 401 with an empty body and WWW-Authenticate without a valid token', async () => {
    emulator = await startTestEmulator({ auth: provider });
    for (const headers of [undefined, as('forged')]) {
      const response = await emulator.get('/data-jobs/for-team/analytics/jobs', headers);
      expect(response.statusCode).toBe(401);
      expect(response.body).toBe('');
      expect(response.headers['www-authenticate']).toBe('Bearer');
    }
    expect((await emulator.get('/data-jobs/teams/a/oauth-credentials/client-id')).statusCode).toBe(501);
  });

  it('lets members write to their team, refuses others with a readable 403, and records the user', async () => {
    emulator = await startTestEmulator({ auth: provider });
    const base = '/data-jobs/for-team/analytics/jobs';
    const create = (token: string) =>
      emulator!.request({
        method: 'POST',
        url: base,
        headers: as(token),
        payload: { job_name: 'ingest-sales', description: 'x', config: {} },
      });
    const refused = await create('token-bob');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('text/plain');
    expect(refused.body).toBe("User 'bob' is not authorized to write to team 'analytics'.");
    expect((await create('token-alice')).statusCode).toBe(201);
    expect((await emulator.get(`${base}/ingest-sales`, as('token-bob'))).statusCode).toBe(200);
    await emulator.request({
      method: 'POST',
      url: `${base}/ingest-sales/deployments`,
      headers: as('token-alice'),
      payload: { job_version: 'v1' },
    });
    expect(
      json<{ last_deployed_by: string }>(await emulator.get(`${base}/ingest-sales/deployments/x`, as('token-bob')))
        .last_deployed_by,
    ).toBe('alice');
    await emulator.request({
      method: 'POST',
      url: `${base}/ingest-sales/deployments/x/executions`,
      headers: as('token-alice'),
      payload: { started_by: 'manual/vdk-dashboard' },
    });
    const [execution] = json<{ started_by: string }[]>(
      await emulator.get(`${base}/ingest-sales/executions`, as('token-alice')),
    );
    expect(execution!.started_by).toBe('manual/vdk-dashboard/alice');
    const move = await emulator.request({
      method: 'PUT',
      url: `${base}/ingest-sales/team/finance`,
      headers: as('token-alice'),
    });
    expect(move.statusCode).toBe(403);
    expect(move.body).toBe("User 'alice' is not authorized to write to team 'finance'.");
  });
});

describe('Date header', () => {
  it('tells the emulated time, as a real server tells its own', async () => {
    emulator = await startTestEmulator();
    const first = await emulator.get('/data-jobs/for-team/analytics/jobs/none');
    expect(Date.parse(String(first.headers.date))).toBe(emulator.clock.now());
    emulator.clock.advance(3_600_000);
    const later = await emulator.get('/data-jobs/for-team/analytics/jobs/none');
    expect(Date.parse(String(later.headers.date))).toBe(T0 + 3_600_000);
  });
});
