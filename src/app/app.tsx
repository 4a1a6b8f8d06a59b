import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import type { EmbedMode } from '@/config/embed-mode';
import type { ResolvedConfig } from '@/config/load-config';
import { AppProviders } from './app-providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

interface AppProps {
  config: ResolvedConfig;
  embed: EmbedMode;
}

export function App({ config, embed }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(config.basename));
  return (
    <AppProviders config={config} embed={embed} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
