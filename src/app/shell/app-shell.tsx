import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useConfig, useEmbedMode } from '@/config/config-context';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { useThemeMode } from '@/components/theme/theme-mode-context';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { SkipLink } from './skip-link';
import { TopBar } from './top-bar';
import { FlashNotice } from '@/components/feedback/flash-notice';
import { PageActionsProvider } from '@/components/page-actions/page-actions-provider';
import { KeyboardLayer } from './keyboard/keyboard-layer';
import styles from './app-shell.module.css';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The portal bridge (postMessage contract) is downloaded only inside a frame whose embedding is configured. If its
 * chunk cannot be loaded the dashboard still works, only unconnected to the portal: a warning, not an error page.
 */
const EmbedBridge = lazy(() =>
  import('@/embed/embed-bridge').then(
    (module) => ({ default: module.EmbedBridge }),
    (error: unknown) => {
      console.warn('[VDK Dashboard embedding] the portal bridge could not be loaded:', error);
      return { default: () => null };
    },
  ),
);

/** Framed, and the config or the URL asks for embedding (chromeless, or portals allowed to talk to it). */
function wantsEmbedBridge(chromeless: boolean, allowedParentOrigins: readonly string[]): boolean {
  return window.parent !== window && (chromeless || allowedParentOrigins.length > 0);
}

interface AppShellProps {
  /** Extra app-bar controls (the user menu from login). */
  topBarEnd?: ReactNode;
}

/** Root layout: skip link, app bar (hidden when chromeless), breadcrumbs, the page in <main>. */
export function AppShell({ topBarEnd }: AppShellProps) {
  const { chromeless, fixedTeam } = useEmbedMode();
  const { embed } = useConfig();
  const { setPreference } = useThemeMode();
  const [isBridged] = useState(() => wantsEmbedBridge(chromeless, embed.allowedParentOrigins));
  const isNavigating = useNavigation().state === 'loading';
  return (
    // Chromeless: as tall as the content, which a portal sizes its frame to (no full-viewport minimum to feed back).
    <PageActionsProvider>
      <div className={chromeless ? styles.shell : `${styles.shell} ${styles.fullHeight}`}>
        {isBridged && (
          <Suspense fallback={null}>
            <EmbedBridge allowedOrigins={embed.allowedParentOrigins} fixedTeam={fixedTeam} onSetTheme={setPreference} />
          </Suspense>
        )}
        <SkipLink targetId={MAIN_CONTENT_ID} />
        {!chromeless && <TopBar end={topBarEnd} />}
        <div className={styles.progressSlot}>{isNavigating && <LoadingBar label="Loading page" />}</div>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          {!chromeless && <AppBreadcrumbs />}
          <FlashNotice />
          <Outlet />
        </main>
        <ScrollRestoration />
        <KeyboardLayer />
      </div>
    </PageActionsProvider>
  );
}
