import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { ApiClientProvider } from '@/api/api-client-context';
import { createApiClient } from '@/api/client';
import { useConfig, useEmbedMode } from '@/config/config-context';
import { ConfigProvider } from '@/config/config-provider';
import type { EmbedMode } from '@/config/embed-mode';
import type { ResolvedConfig } from '@/config/load-config';
import { TeamsProvider } from '@/components/team/teams-provider';
import { watchFirstContent } from '@/lib/after-first-content';
import { TimeZoneProvider } from '@/components/time/time-zone-provider';
import { type Session, SessionGate } from './session';
import { ThemeModeProvider } from './theme/theme-mode-provider';

interface AppProvidersProps {
  config: ResolvedConfig;
  embed: EmbedMode;
  queryClient: QueryClient;
  /** Tests pin the browser's zone; the app uses the real one. */
  localTimeZone?: string;
  children: ReactNode;
}

/**
 * Every provider, outermost first: config → theme → time zone → query cache → session (login) →
 * API client and teams. The app and the component tests (src/testing) share this composition.
 */
export function AppProviders({ config, embed, queryClient, localTimeZone, children }: AppProvidersProps) {
  // Optional code (menus, ripple) waits for the first content: src/lib/after-first-content.ts.
  useEffect(() => watchFirstContent(queryClient), [queryClient]);
  return (
    <ConfigProvider config={config} embed={embed}>
      <ThemeModeProvider>
        <TimeZoneProvider defaultPreference={config.timeZone} localTimeZone={localTimeZone}>
          <QueryClientProvider client={queryClient}>
            <SessionGate auth={config.auth}>
              {(session) => <SessionProviders session={session}>{children}</SessionProviders>}
            </SessionGate>
          </QueryClientProvider>
        </TimeZoneProvider>
      </ThemeModeProvider>
    </ConfigProvider>
  );
}

function SessionProviders({ session, children }: { session: Session; children: ReactNode }) {
  const config = useConfig();
  const { fixedTeam } = useEmbedMode();
  const { getAccessToken, onUnauthorized, claimTeams } = session;
  const client = useMemo(
    () => createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken, onUnauthorized }),
    [config.apiBaseUrl, getAccessToken, onUnauthorized],
  );
  return (
    <ApiClientProvider client={client}>
      <TeamsProvider
        configTeams={config.teams}
        claimTeams={claimTeams}
        defaultTeam={config.defaultTeam}
        fixedTeam={fixedTeam}
      >
        {children}
      </TeamsProvider>
    </ApiClientProvider>
  );
}
