import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AuthGate } from './auth-gate';
import type { AuthSettings } from './auth-settings';

const oidcGateLoaded = vi.hoisted(() => vi.fn());

vi.mock('./oidc-gate', () => {
  oidcGateLoaded();
  return { default: () => <p>OpenID sign-in</p> };
});

const AUTH: AuthSettings = {
  authority: 'http://localhost:8092/oidc',
  clientId: 'vdk-dashboard',
  scopes: 'openid profile',
  teamsClaim: 'groups',
};

describe('AuthGate', () => {
  it('without auth renders the app at once for an anonymous session, never loading the sign-in module', () => {
    render(
      <AuthGate auth={null} appBaseUrl="http://localhost/">
        {(session) => <p>{`teams: ${session.claimTeams.length}, token: ${String(session.getAccessToken)}`}</p>}
      </AuthGate>,
    );
    expect(screen.getByText('teams: 0, token: undefined')).toBeInTheDocument();
    expect(oidcGateLoaded).not.toHaveBeenCalled();
  });

  it('with auth loads the sign-in module, showing progress meanwhile', async () => {
    render(
      <AuthGate auth={AUTH} appBaseUrl="http://localhost/">
        {() => <p>the app</p>}
      </AuthGate>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByText('OpenID sign-in')).toBeInTheDocument();
    expect(oidcGateLoaded).toHaveBeenCalled();
  });
});
