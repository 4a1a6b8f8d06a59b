import type { ReactNode } from 'react';
import type { ApiClientOptions } from '@/api/client';
import { AuthGate } from '@/auth';
import { useConfig } from '@/config/config-context';
import type { AuthConfig } from '@/config/config-schema';

/** What the signed-in user brings to the rest of the app. Never stored in localStorage. */
export interface Session {
  getAccessToken?: ApiClientOptions['getAccessToken'];
  onUnauthorized?: ApiClientOptions['onUnauthorized'];
  /** Teams from the token's `teamsClaim`, added to the team switcher. */
  claimTeams: readonly string[];
}

interface SessionGateProps {
  auth: AuthConfig | null;
  children: (session: Session) => ReactNode;
}

/**
 * The one place login plugs into the app (src/auth, loaded lazily when `auth` is set): it decides
 * what to render while signing in and hands the session to the API client and the team switcher.
 * Without `auth` the Control Service runs without security and the session is anonymous.
 */
export function SessionGate({ auth, children }: SessionGateProps) {
  const { appBaseUrl } = useConfig();
  return (
    <AuthGate auth={auth} appBaseUrl={appBaseUrl}>
      {children}
    </AuthGate>
  );
}
