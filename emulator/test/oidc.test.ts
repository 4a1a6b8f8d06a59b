import Fastify, { type FastifyInstance } from 'fastify';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmulator, type Emulator } from '../src/app.ts';
import type { AuthProvider } from '../src/auth-types.ts';
import { createAccessTokenVerifier } from '../src/oidc/access-token.ts';
import { createOidcAuth, DEFAULT_AUDIENCE } from '../src/oidc/index.ts';
import { freePort } from './support/free-port.ts';
import {
  CookieJar,
  DASHBOARD_CALLBACK,
  postForm,
  send,
  signIn,
  startAuthorization,
  submitSignIn,
  tokenRequest,
} from './support/oidc-login.ts';

async function startProvider(tokenTtlSeconds: number) {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const issuer = `${origin}/oidc`;
  const auth = await createOidcAuth({ issuer, dashboardOrigins: [origin], tokenTtlSeconds });
  const app = Fastify();
  await auth.register(app);
  await app.listen({ port, host: '127.0.0.1' });
  return { app, auth, issuer, origin };
}

const bearer = (token: string) => `Bearer ${token}`;

describe('the emulator OpenID provider', () => {
  let app: FastifyInstance;
  let auth: AuthProvider;
  let issuer: string;

  beforeAll(async () => {
    ({ app, auth, issuer } = await startProvider(300));
  });
  afterAll(() => app.close());

  it('publishes discovery for the issuer it was given, under /oidc', async () => {
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery.issuer).toBe(issuer);
    expect(discovery.token_endpoint).toBe(`${issuer}/token`);
    expect(discovery.end_session_endpoint).toBe(`${issuer}/session/end`);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('shows an accessible sign-in page and a clear message on a wrong password', async () => {
    const start = await startAuthorization(issuer);
    const page = await (await send(start.jar, start.interactionUrl)).text();
    expect(page).toContain('<label for="username">Username</label>');
    expect(page).toContain('<label for="password">Password</label>');
    expect(page).toContain('<button type="submit">Sign in</button>');

    const wrong = await postForm(start.jar, `${start.interactionUrl}/login`, { username: 'alice', password: 'nope' });
    expect(wrong.status).toBe(401);
    const body = await wrong.text();
    expect(body).toContain('role="alert">Wrong username or password.');
    expect(body).toContain('value="alice"');
    // The form shown again posts to the same attempt, wherever the browser now is.
    const action = /<form method="post" action="([^"]+)"/.exec(body)?.[1] ?? '';
    expect(new URL(action, `${start.interactionUrl}/login`).href).toBe(`${start.interactionUrl}/login`);

    // The same attempt still succeeds with the right password.
    const callback = await submitSignIn(start, 'alice', 'demo');
    expect(callback.searchParams.get('state')).toBe(start.state);
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it("lets no page of the provider be framed (frame-ancestors 'none')", async () => {
    const start = await startAuthorization(issuer);
    const responses = [
      await send(start.jar, start.interactionUrl),
      await postForm(start.jar, `${start.interactionUrl}/login`, { username: 'alice', password: 'nope' }),
      await send(start.jar, `${issuer}/interaction/expired-attempt`),
      await fetch(`${issuer}/session/end`),
      await fetch(`${issuer}/.well-known/openid-configuration`),
    ];
    for (const response of responses) {
      expect(response.headers.get('content-security-policy'), response.url).toContain("frame-ancestors 'none'");
    }
  });

  it('escapes what the user typed when it shows the form again', async () => {
    const start = await startAuthorization(issuer);
    const response = await postForm(start.jar, `${start.interactionUrl}/login`, {
      username: '"><script>x</script>',
      password: '',
    });
    const body = await response.text();
    expect(body).not.toContain('<script>x</script>');
    expect(body).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('signs alice in with code + PKCE and issues a JWT access token for the API with her teams', async () => {
    const tokens = await signIn(issuer, 'alice');
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBe(300);
    expect(tokens.refresh_token).toBeTruthy();

    expect(decodeProtectedHeader(tokens.access_token).typ).toBe('at+jwt');
    const access = decodeJwt(tokens.access_token);
    expect(access).toMatchObject({
      iss: issuer,
      aud: DEFAULT_AUDIENCE,
      sub: 'alice',
      username: 'alice',
      client_id: 'vdk-dashboard',
    });
    expect(access.groups).toEqual(['data-platform', 'analytics']);

    const id = decodeJwt(tokens.id_token);
    expect(id).toMatchObject({ iss: issuer, aud: 'vdk-dashboard', sub: 'alice', name: 'Alice Example' });
    expect(id.groups).toEqual(['data-platform', 'analytics']);

    expect(await auth.authenticate(bearer(tokens.access_token))).toEqual({
      username: 'alice',
      teams: ['data-platform', 'analytics'],
    });
  });

  it('requires PKCE with S256', async () => {
    const start = await startAuthorization(issuer, { code_challenge_method: 'plain', code_challenge: 'x'.repeat(43) });
    const url = new URL(start.interactionUrl);
    expect(url.searchParams.get('error')).toBe('invalid_request');
  });

  it('redirects only to a dashboard callback on a local origin, at any port and sub-path', async () => {
    const ok = await startAuthorization(issuer, { redirect_uri: 'http://127.0.0.1:4173/team/vdk/auth/callback' });
    expect(ok.interactionUrl).toContain('/oidc/interaction/');

    const elsewhere = await send(
      new CookieJar(),
      `${issuer}/auth?${new URLSearchParams({
        client_id: 'vdk-dashboard',
        response_type: 'code',
        redirect_uri: 'https://evil.example/auth/callback',
        scope: 'openid',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      })}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('redirect_uri did not match');
  });

  it('lets a dashboard origin call the token endpoint across origins (CORS), and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${issuer}/token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );

    const tokens = await signIn(issuer, 'alice');
    const allowed = await tokenRequest(
      issuer,
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' },
      'http://localhost:5173',
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');

    const denied = await tokenRequest(
      issuer,
      { grant_type: 'refresh_token', refresh_token: 'irrelevant' },
      'https://evil.example',
    );
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rotates refresh tokens: each refresh returns a new one and the old one stops working', async () => {
    const first = await signIn(issuer, 'alice');
    const refreshed = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token ?? '',
    });
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).toBeTruthy();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(await auth.authenticate(bearer(second.access_token))).toEqual({
      username: 'alice',
      teams: ['data-platform', 'analytics'],
    });

    const reused = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token ?? '',
    });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('puts the teams in the ID token also when the dashboard asks only for openid profile', async () => {
    const tokens = await signIn(issuer, 'bob', 'demo', { scope: 'openid profile' });
    expect(decodeJwt(tokens.id_token).groups).toEqual(['finance']);
  });

  it('does not accept the ID token, whose audience is the dashboard, as a bearer token for the API', async () => {
    const tokens = await signIn(issuer, 'alice');
    expect(await auth.authenticate(bearer(tokens.id_token))).toBeNull();
  });

  it('treats a missing or malformed Authorization header as anonymous', async () => {
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(await auth.authenticate('Basic YWxpY2U6ZGVtbw==')).toBeNull();
    expect(await auth.authenticate('Bearer not-a-jwt')).toBeNull();
  });

  it('ends the session at end-session and then needs a new sign-in', async () => {
    const start = await startAuthorization(issuer);
    const callback = await submitSignIn(start, 'alice', 'demo');
    // Signed in, the browser goes straight back to the dashboard (single sign-on).
    expect((await startAuthorization(issuer, {}, start.jar)).interactionUrl).toContain(DASHBOARD_CALLBACK);
    const tokens = (await (
      await tokenRequest(issuer, {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        code_verifier: start.verifier,
        redirect_uri: DASHBOARD_CALLBACK,
      })
    ).json()) as { id_token: string; refresh_token: string };

    const endSession = await send(
      start.jar,
      `${issuer}/session/end?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: 'http://localhost:5173/' })}`,
    );
    const page = await endSession.text();
    expect(page).toContain('Signing you out');
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const confirmed = await postForm(start.jar, `${issuer}/session/end/confirm`, { xsrf, logout: 'yes' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('http://localhost:5173/');

    // The same browser is asked to sign in again, and the refresh token is revoked.
    expect((await startAuthorization(issuer, {}, start.jar)).interactionUrl).toContain('/oidc/interaction/');
    const refreshed = await tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(400);
  });
});

describe('access tokens that expire', () => {
  it('stop authenticating after --token-ttl seconds', async () => {
    const { app, auth, issuer } = await startProvider(2);
    try {
      const tokens = await signIn(issuer, 'alice');
      expect(tokens.expires_in).toBe(2);
      // Whole seconds: a 2 s token is still valid within the second after it was issued.
      expect(await auth.authenticate(bearer(tokens.access_token))).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 3100));
      expect(await auth.authenticate(bearer(tokens.access_token))).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('the access-token check', () => {
  const issuer = 'http://localhost:8092/oidc';
  const audience = DEFAULT_AUDIENCE;

  async function keyPair(kid: string) {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256' } };
  }

  function token(privateKey: CryptoKey, kid: string, claims: Record<string, unknown> = {}, typ = 'at+jwt') {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      iss: issuer,
      aud: audience,
      sub: 'bob',
      iat: now,
      exp: now + 300,
      username: 'bob',
      groups: ['finance'],
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', typ, kid })
      .sign(privateKey);
  }

  it('accepts a token signed by the provider for this API, and rejects expired, forged, foreign and mistyped ones', async () => {
    const provider = await keyPair('k1');
    const forger = await keyPair('k1');
    const authenticate = createAccessTokenVerifier({ keys: [provider.publicJwk], issuer, audience });

    expect(await authenticate(bearer(await token(provider.privateKey, 'k1')))).toEqual({
      username: 'bob',
      teams: ['finance'],
    });
    expect(
      await authenticate(bearer(await token(provider.privateKey, 'k1', { exp: Math.floor(Date.now() / 1000) - 5 }))),
    ).toBeNull();
    expect(await authenticate(bearer(await token(forger.privateKey, 'k1')))).toBeNull();
    expect(await authenticate(bearer(await token(provider.privateKey, 'k1', { aud: 'another-api' })))).toBeNull();
    expect(
      await authenticate(bearer(await token(provider.privateKey, 'k1', { iss: 'http://elsewhere/oidc' }))),
    ).toBeNull();
    expect(await authenticate(bearer(await token(provider.privateKey, 'k1', {}, 'JWT')))).toBeNull();
  });
});

describe('the emulator API with --auth on', () => {
  let emulator: Emulator;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://localhost:${port}`;
    const auth = await createOidcAuth({ issuer: `${origin}/oidc`, dashboardOrigins: [origin], tokenTtlSeconds: 300 });
    emulator = await buildEmulator({ memory: true, seed: 'demo', scheduler: false, auth, strict: true });
    await emulator.app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(() => emulator.close());

  const jobs = (team: string) => `${origin}/data-jobs/for-team/${team}/jobs`;

  it('answers 401 with an empty body without a valid bearer token', async () => {
    for (const authorization of [undefined, 'Bearer forged.token.value']) {
      const response = await fetch(`${jobs('analytics')}?page_number=1&page_size=5`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
  });

  it('lets any signed-in user read across teams', async () => {
    const bob = await signIn(`${origin}/oidc`, 'bob');
    const response = await fetch(`${jobs('analytics')}?page_number=1&page_size=5`, {
      headers: { authorization: bearer(bob.access_token) },
    });
    expect(response.status).toBe(200);
  });

  it('refuses bob a write to an analytics job with 403 and a readable reason, and changes nothing', async () => {
    const alice = await signIn(`${origin}/oidc`, 'alice');
    const bob = await signIn(`${origin}/oidc`, 'bob');
    const job = { job_name: 'auth-test-job', team: 'analytics', description: 'before', config: { schedule: {} } };
    const created = await fetch(jobs('analytics'), {
      method: 'POST',
      headers: { authorization: bearer(alice.access_token), 'content-type': 'application/json' },
      body: JSON.stringify(job),
    });
    expect(created.status).toBe(201);

    const refused = await fetch(`${jobs('analytics')}/auth-test-job`, {
      method: 'PUT',
      headers: { authorization: bearer(bob.access_token), 'content-type': 'application/json' },
      body: JSON.stringify({ ...job, description: 'changed by bob' }),
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/bob.*analytics/);

    const after = await fetch(`${jobs('analytics')}/auth-test-job`, {
      headers: { authorization: bearer(alice.access_token) },
    });
    expect(((await after.json()) as { description: string }).description).toBe('before');
  });

  it('serves the provider beside the API: sign-in and token requests through the emulator itself', async () => {
    const tokens = await signIn(`${origin}/oidc`, 'alice');
    expect(decodeJwt(tokens.access_token).iss).toBe(`${origin}/oidc`);
  });
});
