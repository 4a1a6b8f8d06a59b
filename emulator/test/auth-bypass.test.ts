import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuthProvider, Principal } from '../src/auth-types.ts';
import { readSpecFile } from '../src/spec.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';

const USERS: Record<string, Principal> = {
  'token-alice': { username: 'alice', teams: ['analytics'] },
  'token-bob': { username: 'bob', teams: ['finance'] },
};
const provider: AuthProvider = {
  register: async () => {},
  authenticate: async (header) => USERS[header?.replace(/^Bearer /, '') ?? ''] ?? null,
};

interface Sent {
  status: number;
  body: string;
}

/** Over a real socket, so the path reaches the server byte for byte (no client normalises it). */
function send(port: number, method: string, path: string, token?: string, body?: Buffer | object): Promise<Sent> {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(payload ? { 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' } : {}),
    'content-length': String(payload?.length ?? 0),
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Every operation of api.yaml, plus the admin routes, with the request a client would send. */
function operations(executionId: string): { method: string; path: string; body?: Buffer | object }[] {
  const spec = parse(readSpecFile('api.yaml')) as { paths: Record<string, Record<string, unknown>> };
  const values: Record<string, string> = {
    team_name: 'analytics',
    job_name: 'ingest-sales',
    deployment_id: 'release',
    execution_id: executionId,
    new_team: 'finance',
  };
  const bodies: Record<string, Buffer | object> = {
    'POST /data-jobs/for-team/{team_name}/jobs': { job_name: 'sneaky-job', team: 'analytics', config: {} },
    'PUT /data-jobs/for-team/{team_name}/jobs/{job_name}': { job_name: 'ingest-sales', description: 'x', config: {} },
    'POST /data-jobs/for-team/{team_name}/jobs/{job_name}/sources': Buffer.from(
      zipSync({ 'a/x.py': new Uint8Array(1) }),
    ),
  };
  const api = Object.entries(spec.paths).flatMap(([template, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => {
        const key = `${method.toUpperCase()} ${template}`;
        const path = template.replace(/\{(\w+)\}/g, (_whole, name: string) => values[name] ?? name);
        return { method: method.toUpperCase(), path, body: bodies[key] ?? (method === 'get' ? undefined : {}) };
      }),
  );
  return [
    ...api,
    { method: 'PUT', path: '/__emulator/faults', body: { errorRate: 1 } },
    { method: 'POST', path: '/__emulator/clock', body: { advanceMs: 86_400_000 } },
    { method: 'PUT', path: '/__emulator/jobs/ingest-sales/profile', body: { userErrorRate: 1 } },
    { method: 'GET', path: '/__emulator/faults' },
  ];
}

/** The same request, spelled the ways a router, a proxy or Spring might read as the plain path. */
function variants(path: string): string[] {
  const segments = path.split('/').slice(1);
  const hex = (char: string) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  const join = (parts: string[], separator = '/') => `/${parts.join(separator)}`;
  return [
    join(segments.map((segment) => `${hex(segment[0]!)}${segment.slice(1)}`)),
    join(segments.map((segment) => [...segment].map(hex).join('').toUpperCase())),
    join(segments, '%2F'),
    join(segments, '//'),
    `/${path}`,
    `${path}/`,
    join(segments, '/./'),
    join([segments[0]!, 'x', '..', ...segments.slice(1)]),
    join([segments[0]!, '%2e%2e', ...segments]),
    join(segments.map((segment) => segment.replace(/^./, (char) => char.toUpperCase()))),
    path.toUpperCase(),
    join(segments.map((segment) => `${segment};v=1`)),
    join(segments.map((segment, index) => (index === 2 ? `${segment};jsessionid=1` : segment))),
    join(segments, '%5C'),
  ];
}

describe('access is decided on the route that matched, never on the raw URL', () => {
  let emulator: TestEmulator;
  let port: number;
  let cases: { method: string; path: string; body?: Buffer | object }[];
  const changes = () => emulator.db.prepare('SELECT total_changes()').pluck().get() as number;
  const state = () => JSON.stringify([changes(), emulator.faults, emulator.clock.now()]);

  beforeAll(async () => {
    emulator = await startTestEmulator({ auth: provider, admin: true, secrets: true, scheduler: false });
    await emulator.app.listen({ port: 0, host: '127.0.0.1' });
    port = (emulator.app.server.address() as AddressInfo).port;
    const alice = 'token-alice';
    const job = { job_name: 'ingest-sales', description: 'x', config: {} };
    expect((await send(port, 'POST', '/data-jobs/for-team/analytics/jobs', alice, job)).status).toBe(201);
    const jobPath = '/data-jobs/for-team/analytics/jobs/ingest-sales';
    expect((await send(port, 'POST', `${jobPath}/deployments`, alice, { job_version: 'v1' })).status).toBe(202);
    expect((await send(port, 'POST', `${jobPath}/deployments/release/executions`, alice, {})).status).toBe(202);
    const [execution] = JSON.parse((await send(port, 'GET', `${jobPath}/executions`, alice)).body) as { id: string }[];
    cases = operations(execution!.id);
  });
  afterAll(async () => emulator.close());

  it('refuses every spelling of every request without a token, reading and writing nothing', async () => {
    const leaks: string[] = [];
    for (const { method, path, body } of cases) {
      const plain = await send(port, method, path, undefined, body);
      const refusedPlain = plain.status === 401;
      if (!refusedPlain && !/\/client-ids?$/.test(path)) {
        leaks.push(`plain ${method} ${path} → ${plain.status}`);
      }
      if (!refusedPlain) continue;
      for (const variant of variants(path)) {
        const before = state();
        const answer = await send(port, method, variant, undefined, body);
        const unmatched = answer.status === 404 || answer.status === 405 || answer.status === 400;
        const springBody = answer.body === '' || /"error":/.test(answer.body);
        if (answer.status !== 401 && !(unmatched && springBody)) {
          leaks.push(`${method} ${variant} → ${answer.status} ${answer.body.slice(0, 80)}`);
        }
        if (state() !== before) leaks.push(`${method} ${variant} changed data`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses every spelling of a write to a team the token lacks, writing nothing', async () => {
    const leaks: string[] = [];
    const writes = cases.filter(({ method, path }) => method !== 'GET' && path.includes('/for-team/'));
    expect(writes.length).toBeGreaterThan(10);
    for (const { method, path, body } of writes) {
      expect((await send(port, method, path, 'token-bob', body)).status, `${method} ${path}`).toBe(403);
      for (const variant of variants(path)) {
        const before = state();
        const answer = await send(port, method, variant, 'token-bob', body);
        if (answer.status < 400) leaks.push(`${method} ${variant} → ${answer.status}`);
        if (state() !== before) leaks.push(`${method} ${variant} changed data`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
