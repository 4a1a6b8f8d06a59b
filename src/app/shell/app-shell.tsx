import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useConfig, useEmbedMode } from '@/config/config-context';
import { EmbedBridge } from '@/embed/embed-bridge';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { useThemeMode } from '../theme/theme-mode-context';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { SkipLink } from './skip-link';
import { TopBar } from './top-bar';

export const MAIN_CONTENT_ID = 'main-content';

interface AppShellProps {
  /** Extra app-bar controls (the user menu from login). */
  topBarEnd?: ReactNode;
}

/** Root layout: skip link, app bar (hidden when chromeless), breadcrumbs, the page in <main>. */
export function AppShell({ topBarEnd }: AppShellProps) {
  const { chromeless, fixedTeam } = useEmbedMode();
  const { embed } = useConfig();
  const { setPreference } = useThemeMode();
  const isNavigating = useNavigation().state === 'loading';
  return (
    // Chromeless: as tall as the content, which a portal sizes its frame to (no full-viewport minimum to feed back).
    <Box sx={{ minHeight: chromeless ? undefined : '100vh', display: 'flex', flexDirection: 'column' }}>
      <EmbedBridge allowedOrigins={embed.allowedParentOrigins} fixedTeam={fixedTeam} onSetTheme={setPreference} />
      <SkipLink targetId={MAIN_CONTENT_ID} />
      {!chromeless && <TopBar end={topBarEnd} />}
      <Box sx={{ height: 4 }}>{isNavigating && <LoadingBar label="Loading page" />}</Box>
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, px: { xs: 2, md: 3 }, pb: 3, pt: 1, outline: 'none' }}
      >
        {!chromeless && <AppBreadcrumbs />}
        <Outlet />
      </Box>
      <ScrollRestoration />
    </Box>
  );
}
