import { lazy, type ReactNode, Suspense } from 'react';
import type { AuthSession } from './auth-context';
import { AuthLoadFailed, AuthLoadBoundary } from './auth-load-boundary';
import { AuthProgress } from './auth-screens';
import type { AuthSettings } from './auth-settings';

// oidc-client-ts is fetched only when login is configured, so a dashboard without security never loads it.
const OidcGate = lazy(() => import('./oidc-gate'));

const ANONYMOUS: AuthSession = { claimTeams: [] };

interface AuthGateProps {
  /** `config.auth`; null for a Control Service without security. */
  auth: AuthSettings | null;
  /** `config.appBaseUrl`: the callback and sign-out pages live under it (`auth/callback`, `auth/signed-out`). */
  appBaseUrl: string;
  children: (session: AuthSession) => ReactNode;
}

/**
 * Renders the app for a signed-in user: handles the sign-in callback, sends a signed-out user to
 * the provider (back to the exact URL afterwards) and keeps the access token fresh. With `auth`
 * null it renders the app straight away for an anonymous session.
 */
export function AuthGate({ auth, appBaseUrl, children }: AuthGateProps) {
  if (!auth) return children(ANONYMOUS);
  return (
    <AuthLoadBoundary fallback={<AuthLoadFailed />}>
      <Suspense fallback={<AuthProgress text="Loading…" />}>
        <OidcGate auth={auth} appBaseUrl={appBaseUrl}>
          {children}
        </OidcGate>
      </Suspense>
    </AuthLoadBoundary>
  );
}
