import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import type { EmbedMode } from '@/config/embed-mode';
import type { ResolvedConfig } from '@/config/load-config';
import { AppProviders } from './app-providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { useContextRouter } from './use-context-router';

interface AppProps {
  config: ResolvedConfig;
  embed: EmbedMode;
}

export function App({ config, embed }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders config={config} embed={embed} queryClient={queryClient}>
      <AppRouter basename={config.basename} />
    </AppProviders>
  );
}

/** Inside the providers: the route loaders start queries with the app's cache and API client. */
function AppRouter({ basename }: { basename: string }) {
  const router = useContextRouter((getContext) => createAppRouter(basename, getContext));
  return <RouterProvider router={router} />;
}
