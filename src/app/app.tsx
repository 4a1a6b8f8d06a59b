import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ApiClientProvider } from '@/api/api-client-context';
import { createApiClient } from '@/api/client';
import { useConfig, useEmbedMode } from '@/config/config-context';
import { ConfigProvider } from '@/config/config-provider';
import type { EmbedMode } from '@/config/embed-mode';
import type { ResolvedConfig } from '@/config/load-config';
import { TeamsProvider } from '@/components/team/teams-provider';
import { TimeZoneProvider } from '@/components/time/time-zone-provider';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { type Session, SessionGate } from './session';
import { ThemeModeProvider } from './theme/theme-mode-provider';

interface AppProps {
  config: ResolvedConfig;
  embed: EmbedMode;
}

/** Providers, outermost first: config → theme → time zone → query cache → session → API client, teams → router. */
export function App({ config, embed }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider config={config} embed={embed}>
      <ThemeModeProvider>
        <TimeZoneProvider defaultPreference={config.timeZone}>
          <QueryClientProvider client={queryClient}>
            <SessionGate auth={config.auth}>{(session) => <SignedInApp session={session} />}</SessionGate>
          </QueryClientProvider>
        </TimeZoneProvider>
      </ThemeModeProvider>
    </ConfigProvider>
  );
}

function SignedInApp({ session }: { session: Session }) {
  const config = useConfig();
  const { fixedTeam } = useEmbedMode();
  const { getAccessToken, onUnauthorized } = session;
  const client = useMemo(
    () => createApiClient({ baseUrl: config.apiBaseUrl, getAccessToken, onUnauthorized }),
    [config.apiBaseUrl, getAccessToken, onUnauthorized],
  );
  const [router] = useState(() => createAppRouter(config.basename));
  return (
    <ApiClientProvider client={client}>
      <TeamsProvider
        configTeams={config.teams}
        claimTeams={session.claimTeams}
        defaultTeam={config.defaultTeam}
        fixedTeam={fixedTeam}
      >
        <RouterProvider router={router} />
      </TeamsProvider>
    </ApiClientProvider>
  );
}
