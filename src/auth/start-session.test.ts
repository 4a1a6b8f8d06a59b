import { act, renderHook } from '@testing-library/react';
import type { User } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BrowserLocation, type SessionStarter, startSession } from './start-session';
import { useDraft } from '@/components/forms/use-draft';

const BASE = 'https://host/console/';

function at(href: string) {
  const url = new URL(href);
  const replace = vi.fn<(target: string | URL) => void>();
  return { href, origin: url.origin, pathname: url.pathname, search: url.search, replace } satisfies BrowserLocation;
}

function user(overrides: Partial<User> = {}): User {
  return { access_token: 'a', refresh_token: 'r', expired: false, state: undefined, ...overrides } as User;
}

function manager(overrides: Partial<Record<keyof SessionStarter, unknown>> = {}) {
  return {
    settings: { authority: 'https://idp.example/realms/vdk' },
    getUser: vi.fn(async () => null),
    removeUser: vi.fn(async () => {}),
    signinCallback: vi.fn(async () => user()),
    signinPopupCallback: vi.fn(async () => {}),
    signinSilent: vi.fn(async () => user()),
    signinRedirect: vi.fn(async () => {}),
    ...overrides,
  } as unknown as SessionStarter & Record<keyof SessionStarter, ReturnType<typeof vi.fn>>;
}

describe('starting a session', () => {
  it('sends a signed-out visitor to sign in, remembering the exact URL', async () => {
    const oidc = manager();
    const link = `${BASE}teams/analytics/jobs/ingest?tab=executions`;
    expect(await startSession(oidc, BASE, { location: at(link), framed: false })).toEqual({ kind: 'redirecting' });
    expect(oidc.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: link } });
  });

  it('finishes the sign-in on the callback page and loads the remembered deep link', async () => {
    const link = `${BASE}teams/analytics/jobs/ingest`;
    const oidc = manager({ signinCallback: vi.fn(async () => user({ state: { returnTo: link } })) });
    const location = at(`${BASE}auth/callback?code=c&state=s`);
    expect(await startSession(oidc, BASE, { location, framed: false })).toEqual({ kind: 'redirecting' });
    expect(oidc.signinCallback).toHaveBeenCalledWith(location.href);
    expect(location.replace).toHaveBeenCalledWith(link);
  });

  it('never follows a remembered URL outside the app', async () => {
    const oidc = manager({ signinCallback: vi.fn(async () => user({ state: { returnTo: 'https://evil.example/' } })) });
    const location = at(`${BASE}auth/callback?code=c&state=s`);
    await startSession(oidc, BASE, { location, framed: false });
    expect(location.replace).toHaveBeenCalledWith(BASE);
  });

  it('explains a failed callback, unless the user is signed in anyway (Back onto a used callback)', async () => {
    const failing = manager({
      signinCallback: vi.fn(async () => Promise.reject(new Error('access_denied: no consent'))),
    });
    expect(
      await startSession(failing, BASE, { location: at(`${BASE}auth/callback?error=access_denied`), framed: false }),
    ).toEqual({
      kind: 'failed',
      message: 'access_denied: no consent',
    });

    const signedIn = manager({
      signinCallback: vi.fn(async () => Promise.reject(new Error('No matching state found in storage'))),
      getUser: vi.fn(async () => user()),
    });
    const location = at(`${BASE}auth/callback?code=old&state=old`);
    expect(await startSession(signedIn, BASE, { location, framed: false })).toEqual({ kind: 'redirecting' });
    expect(location.replace).toHaveBeenCalledWith(BASE);
  });

  it('keeps a stored user, and renews one whose token expired while the tab was away', async () => {
    const stored = user();
    expect(
      await startSession(manager({ getUser: vi.fn(async () => stored) }), BASE, { location: at(BASE), framed: false }),
    ).toEqual({
      kind: 'signed-in',
      user: stored,
    });

    const renewed = user({ access_token: 'fresh' });
    const expired = manager({
      getUser: vi.fn(async () => user({ expired: true })),
      signinSilent: vi.fn(async () => renewed),
    });
    expect(await startSession(expired, BASE, { location: at(BASE), framed: false })).toEqual({
      kind: 'signed-in',
      user: renewed,
    });
    expect(expired.signinRedirect).not.toHaveBeenCalled();
  });

  it('shows the signed-out page after sign-out and forgets any user', async () => {
    const oidc = manager();
    expect(await startSession(oidc, BASE, { location: at(`${BASE}auth/signed-out`), framed: false })).toEqual({
      kind: 'signed-out',
    });
    expect(oidc.removeUser).toHaveBeenCalled();
    expect(oidc.signinRedirect).not.toHaveBeenCalled();
  });

  it('says which provider could not be reached', async () => {
    const offline = manager({ signinRedirect: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    const result = await startSession(offline, BASE, { location: at(BASE), framed: false });
    expect(result).toEqual({
      kind: 'failed',
      message: 'The sign-in service at https://idp.example/realms/vdk could not be reached (Failed to fetch).',
    });
  });

  it('inside a portal frame asks the user to sign in (a popup) instead of redirecting the frame', async () => {
    const oidc = manager();
    expect(await startSession(oidc, BASE, { location: at(`${BASE}teams/a/jobs`), framed: true })).toEqual({
      kind: 'needs-sign-in',
    });
    expect(oidc.signinRedirect).not.toHaveBeenCalled();
  });

  it('in the sign-in popup hands the response to the frame that opened it', async () => {
    const oidc = manager();
    const location = at(`${BASE}auth/callback?popup=1&code=c&state=s`);
    expect(await startSession(oidc, BASE, { location, framed: false })).toEqual({ kind: 'redirecting' });
    expect(oidc.signinPopupCallback).toHaveBeenCalledWith(location.href);
    expect(oidc.signinCallback).not.toHaveBeenCalled();
  });
});

describe('unsaved edits across a forced re-login', () => {
  afterEach(() => sessionStorage.clear());

  const as = (sub: string) => user({ profile: { sub } as User['profile'] });

  /** Types into a form, lets `next` sign in on the callback after `previous`, and says what the form shows then. */
  async function draftAfterSignIn(previous: User | null, next: User) {
    const form = renderHook(() => useDraft('description', ''));
    act(() => form.result.current[1]('typed before the session ended'));
    form.unmount();
    const oidc = manager({ getUser: vi.fn(async () => previous), signinCallback: vi.fn(async () => next) });
    await startSession(oidc, BASE, { location: at(`${BASE}auth/callback?code=c&state=s`), framed: false });
    return renderHook(() => useDraft('description', '')).result.current[0];
  }

  it('are restored for the person who typed them', async () => {
    expect(await draftAfterSignIn(as('alice'), as('alice'))).toBe('typed before the session ended');
  });

  it('are kept when the tab no longer knows who typed them', async () => {
    expect(await draftAfterSignIn(null, as('alice'))).toBe('typed before the session ended');
  });

  it('are dropped when someone else signs in on the tab', async () => {
    expect(await draftAfterSignIn(as('alice'), as('bob'))).toBe('');
  });
});
