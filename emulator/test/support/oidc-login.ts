import { createHash, randomBytes } from 'node:crypto';

/**
 * A browser's part of the authorization-code + PKCE flow, over plain HTTP: follows redirects by
 * hand and keeps the provider's cookies, so tests sign in exactly as the dashboard does.
 */
export const DASHBOARD_CALLBACK = 'http://localhost:5173/auth/callback';

export interface TokenSet {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
  scope?: string;
}

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export async function send(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('cookie', jar.header());
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

function location(response: Response, base: string): string {
  const value = response.headers.get('location');
  if (!value) throw new Error(`expected a redirect, got ${response.status}: ${response.statusText}`);
  return new URL(value, base).href;
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizationStart {
  jar: CookieJar;
  verifier: string;
  state: string;
  /** The sign-in page of this attempt (or straight the callback, when the browser is still signed in). */
  interactionUrl: string;
}

/** Opens the authorization endpoint; `interactionUrl` is where the provider sends the browser next. */
export async function startAuthorization(
  issuer: string,
  extra: Record<string, string> = {},
  jar = new CookieJar(),
): Promise<AuthorizationStart> {
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(8).toString('hex');
  const params = new URLSearchParams({
    client_id: 'vdk-dashboard',
    response_type: 'code',
    redirect_uri: DASHBOARD_CALLBACK,
    scope: 'openid profile groups',
    state,
    nonce: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  const response = await send(jar, `${issuer}/auth?${params}`);
  return { jar, verifier, state, interactionUrl: location(response, issuer) };
}

export function postForm(jar: CookieJar, url: string, form: Record<string, string>): Promise<Response> {
  return send(jar, url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

/** Submits the sign-in form and follows the provider back to the dashboard's callback URL. */
export async function submitSignIn(start: AuthorizationStart, username: string, password: string): Promise<URL> {
  let response = await postForm(start.jar, `${start.interactionUrl}/login`, { username, password });
  let url = location(response, start.interactionUrl);
  while (!url.startsWith(DASHBOARD_CALLBACK)) {
    response = await send(start.jar, url);
    url = location(response, url);
  }
  return new URL(url);
}

export async function tokenRequest(issuer: string, form: Record<string, string>, origin?: string): Promise<Response> {
  return fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ client_id: 'vdk-dashboard', ...form }).toString(),
  });
}

/** The whole sign-in, ending with the token response the dashboard would get. */
export async function signIn(
  issuer: string,
  username: string,
  password = 'demo',
  extra: Record<string, string> = {},
): Promise<TokenSet> {
  const start = await startAuthorization(issuer, extra);
  const callback = await submitSignIn(start, username, password);
  const response = await tokenRequest(issuer, {
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    code_verifier: start.verifier,
    redirect_uri: DASHBOARD_CALLBACK,
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenSet;
}
