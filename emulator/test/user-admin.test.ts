import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmulator, type Emulator } from '../src/app.ts';
import { createOidcAuth } from '../src/oidc/index.ts';
import { freePort } from './support/free-port.ts';
import {
  DASHBOARD_CALLBACK,
  signIn,
  startAuthorization,
  submitSignIn,
  tokenRequest,
  type TokenSet,
} from './support/oidc-login.ts';

/** An emulator with --auth on and --admin, listening (the issuer names its port). */
async function startEmulator(): Promise<{ emulator: Emulator; origin: string }> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const auth = await createOidcAuth({ issuer: `${origin}/oidc`, dashboardOrigins: [origin], tokenTtlSeconds: 300 });
  const emulator = await buildEmulator({ memory: true, scheduler: false, auth, admin: true, strict: true });
  await emulator.app.listen({ port, host: '127.0.0.1' });
  return { emulator, origin };
}

function call(origin: string, method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  return fetch(`${origin}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const newJob = (team: string, name: string) => ({ job_name: name, team, description: 'x', config: { schedule: {} } });

describe('PUT /__emulator/users/:username/teams', () => {
  let emulator: Emulator;
  let origin: string;
  beforeAll(async () => ({ emulator, origin } = await startEmulator()));
  afterAll(() => emulator.close());

  const createJob = (token: string, team: string, name: string) =>
    call(origin, 'POST', `/data-jobs/for-team/${team}/jobs`, { token, body: newJob(team, name) });
  const setTeams = (username: string, teams: unknown) =>
    call(origin, 'PUT', `/__emulator/users/${username}/teams`, { token: emulator.adminToken, body: { teams } });

  it('lists the users and their teams, without passwords', async () => {
    const response = await call(origin, 'GET', '/__emulator/users', { token: emulator.adminToken });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { username: 'alice', name: 'Alice Example', teams: ['data-platform', 'analytics'] },
      { username: 'bob', name: 'Bob Example', teams: ['finance'] },
    ]);
  });

  it('takes a team away from the next API request on, even with a token issued before', async () => {
    const alice = await signIn(`${origin}/oidc`, 'alice');
    expect((await createJob(alice.access_token, 'analytics', 'before-removal')).status).toBe(201);

    const changed = await setTeams('alice', ['data-platform']);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ username: 'alice', name: 'Alice Example', teams: ['data-platform'] });

    const refused = await createJob(alice.access_token, 'analytics', 'after-removal');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("User 'alice' is not authorized to write to team 'analytics'.");
    // Reads cross teams as before, and her remaining team is hers to change.
    expect(
      (await call(origin, 'GET', '/data-jobs/for-team/analytics/jobs/before-removal', { token: alice.access_token }))
        .status,
    ).toBe(200);
    expect((await createJob(alice.access_token, 'data-platform', 'still-mine')).status).toBe(201);

    // Tokens issued from now on (renewal included) carry the new teams, for the dashboard's team list.
    const renewed = (await (
      await tokenRequest(`${origin}/oidc`, { grant_type: 'refresh_token', refresh_token: alice.refresh_token ?? '' })
    ).json()) as TokenSet;
    expect(decodeJwt(renewed.id_token).groups).toEqual(['data-platform']);
    expect(decodeJwt(renewed.access_token).groups).toEqual(['data-platform']);

    expect((await setTeams('alice', ['data-platform', 'analytics'])).status).toBe(200);
    expect((await createJob(alice.access_token, 'analytics', 'after-return')).status).toBe(201);
  });

  it('adds a team the user had no token for yet', async () => {
    const bob = await signIn(`${origin}/oidc`, 'bob');
    expect((await createJob(bob.access_token, 'analytics', 'bob-before')).status).toBe(403);
    await setTeams('bob', ['finance', 'analytics']);
    expect((await createJob(bob.access_token, 'analytics', 'bob-after')).status).toBe(201);
    await setTeams('bob', ['finance']);
  });

  it('refuses an unknown user and a body that is not a list of team names, changing nothing', async () => {
    const unknown = await setTeams('mallory', ['analytics']);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No user mallory' });
    for (const teams of [undefined, 'analytics', [''], [42], { team: 'analytics' }]) {
      const response = await setTeams('alice', teams);
      expect(response.status, JSON.stringify(teams)).toBe(400);
    }
    const listed = await call(origin, 'GET', '/__emulator/users', { token: emulator.adminToken });
    const users = (await listed.json()) as { teams: string[] }[];
    expect(users[0]?.teams).toEqual(['data-platform', 'analytics']);
  });
});

describe('POST /__emulator/users/:username/sign-out', () => {
  let emulator: Emulator;
  let origin: string;
  beforeAll(async () => ({ emulator, origin } = await startEmulator()));
  afterAll(() => emulator.close());

  it('ends the user’s session at the provider: renewal fails and the same browser is asked to sign in again', async () => {
    const issuer = `${origin}/oidc`;
    const start = await startAuthorization(issuer);
    const callback = await submitSignIn(start, 'alice', 'demo');
    const alice = (await (
      await tokenRequest(issuer, {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        code_verifier: start.verifier,
        redirect_uri: DASHBOARD_CALLBACK,
      })
    ).json()) as TokenSet;
    const bob = await signIn(issuer, 'bob');
    // Signed in: the browser goes straight back to the dashboard.
    expect((await startAuthorization(issuer, {}, start.jar)).interactionUrl).toContain(DASHBOARD_CALLBACK);

    const ended = await call(origin, 'POST', '/__emulator/users/alice/sign-out', { token: emulator.adminToken });
    expect(ended.status).toBe(200);
    const body = (await ended.json()) as { username: string; ended: number };
    expect(body.username).toBe('alice');
    expect(body.ended).toBeGreaterThan(0);

    const renewal = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: alice.refresh_token ?? '',
    });
    expect(renewal.status).toBe(400);
    expect(await renewal.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await startAuthorization(issuer, {}, start.jar)).interactionUrl).toContain('/oidc/interaction/');
    // An access token already issued is a signed JWT: it works until it expires, like at a real provider.
    expect(
      (
        await call(origin, 'GET', '/data-jobs/for-team/analytics/jobs?page_number=1&page_size=1', {
          token: alice.access_token,
        })
      ).status,
    ).toBe(200);

    // Nobody else is signed out.
    const bobRenewal = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: bob.refresh_token ?? '',
    });
    expect(bobRenewal.status).toBe(200);
    // Signing in again works as usual.
    expect((await signIn(issuer, 'alice')).access_token).toBeTruthy();
  });

  it('says so for an unknown user', async () => {
    const response = await call(origin, 'POST', '/__emulator/users/mallory/sign-out', { token: emulator.adminToken });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No user mallory' });
  });
});

describe('the admin API with auth on', () => {
  let emulator: Emulator;
  let origin: string;
  beforeAll(async () => ({ emulator, origin } = await startEmulator()));
  afterAll(() => emulator.close());

  it('needs the admin token or a signed-in user, and refuses everyone else with 401', async () => {
    const faults = { body: { errorRate: 1 } };
    for (const token of [undefined, 'forged', `${emulator.adminToken ?? ''}x`]) {
      expect((await call(origin, 'PUT', '/__emulator/faults', { ...faults, token })).status, token).toBe(401);
      expect((await call(origin, 'PUT', '/__emulator/users/bob/teams', { token, body: { teams: ['x'] } })).status).toBe(
        401,
      );
    }
    expect(emulator.faults.errorRate).toBe(0);
    const bob = await signIn(`${origin}/oidc`, 'bob');
    expect((await call(origin, 'GET', '/__emulator/faults', { token: bob.access_token })).status).toBe(200);
    expect((await call(origin, 'GET', '/__emulator/faults', { token: emulator.adminToken })).status).toBe(200);
  });

  it('takes bodies only as application/json, so no web page can post to it cross-site', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${origin}/__emulator/faults`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${emulator.adminToken ?? ''}`, 'content-type': type },
        body: '{"errorRate": 1}',
      });
      expect(response.status, type).toBe(415);
    }
    expect(emulator.faults.errorRate).toBe(0);
  });
});

describe('the user admin routes without a provider', () => {
  it('answer 404 with the reason when auth is off, and do not exist without --admin', async () => {
    const withoutAuth = await buildEmulator({ memory: true, scheduler: false, admin: true });
    const withoutAdmin = await buildEmulator({ memory: true, scheduler: false });
    try {
      const off = await withoutAuth.app.inject({
        method: 'PUT',
        url: '/__emulator/users/alice/teams',
        payload: { teams: [] },
      });
      expect(off.statusCode).toBe(404);
      expect(off.json()).toEqual({ error: 'Authentication is off (--auth off): there are no users to change.' });
      const hidden = await withoutAdmin.app.inject({ method: 'POST', url: '/__emulator/users/alice/sign-out' });
      expect(hidden.statusCode).toBe(404);
      const crossSite = await withoutAuth.app.inject({
        method: 'PUT',
        url: '/__emulator/faults',
        headers: { 'content-type': 'text/plain' },
        payload: '{"errorRate": 1}',
      });
      expect(crossSite.statusCode).toBe(415);
      expect(withoutAuth.faults.errorRate).toBe(0);
    } finally {
      await withoutAuth.close();
      await withoutAdmin.close();
    }
  });
});
