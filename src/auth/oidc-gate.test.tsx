import { act, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthSession } from './auth-context';
import type { AuthSettings } from './auth-settings';
import { userStoreKey } from './storage-keys';

const AUTH: AuthSettings = {
  authority: 'https://idp.example/realms/vdk',
  clientId: 'vdk-dashboard',
  scopes: 'openid profile',
  teamsClaim: 'groups',
};

// oidc-client-ts and the keeper built on it, as the gate sees them through its lazily loaded module.
const login = vi.hoisted(() => ({
  createLogin: vi.fn(),
  manager: {
    events: { addUserLoaded: vi.fn(), removeUserLoaded: vi.fn() },
    getUser: vi.fn(async () => null),
    signinRedirect: vi.fn(async () => {}),
  },
  keeper: { schedule: vi.fn(), getAccessToken: vi.fn(), onUnauthorized: vi.fn(), dispose: vi.fn() },
}));

vi.mock('./oidc-login', () => ({ createLogin: login.createLogin }));

beforeEach(() => {
  // The gate keeps one login and one start per page: each test is a fresh page.
  vi.resetModules();
  vi.clearAllMocks();
  login.createLogin.mockImplementation(() => ({
    manager: login.manager,
    keeper: login.keeper,
    signInNeeded: new Set(),
  }));
});

afterEach(() => sessionStorage.clear());

async function renderGate() {
  const { default: OidcGate } = await import('./oidc-gate');
  const { markFirstContent } = await import('@/lib/after-first-content');
  let session: AuthSession | undefined;
  // Awaited: the gate suspends on the start of the session, which React resolves within act.
  await act(async () => {
    render(
      <Suspense fallback={<p>loading oidc-client-ts</p>}>
        <OidcGate auth={AUTH} appBaseUrl="http://localhost:3000/">
          {(value) => {
            session = value;
            return <p>the app</p>;
          }}
        </OidcGate>
      </Suspense>,
    );
  });
  return { markFirstContent, session: () => session };
}

describe('OidcGate', () => {
  it('shows a returning user the app with the stored token, and loads oidc-client-ts only after the first content', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 300;
    const stored = { access_token: 'stored-token', profile: { sub: 'alice', groups: ['ops'] }, expires_at: expiresAt };
    sessionStorage.setItem(userStoreKey(AUTH), JSON.stringify(stored));

    const { markFirstContent, session } = await renderGate();
    expect(await screen.findByText('the app')).toBeInTheDocument();
    expect(await session()?.getAccessToken?.()).toBe('stored-token');
    expect(session()?.claimTeams).toEqual(['ops']);
    expect(login.createLogin).not.toHaveBeenCalled();

    markFirstContent();
    // Then the keeper takes over renewal of that same token.
    await waitFor(() => expect(login.keeper.schedule).toHaveBeenCalledWith(stored));
    expect(login.createLogin).toHaveBeenCalledOnce();
  });

  it('starts the session with oidc-client-ts at once when the stored token has expired', async () => {
    const expired = { access_token: 'old-token', profile: { sub: 'alice' }, expires_at: 1 };
    sessionStorage.setItem(userStoreKey(AUTH), JSON.stringify(expired));

    await renderGate();
    expect(await screen.findByRole('status')).toHaveTextContent('Signing you in…');
    expect(login.createLogin).toHaveBeenCalledOnce();
    expect(screen.queryByText('the app')).not.toBeInTheDocument();
  });
});
