import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ThemeModeContext } from '@/components/theme/theme-mode-context';
import { preferences, type ThemePreference } from '@/lib/preferences';
import './base.css';

/**
 * Light, dark or follow the system; the choice persists through src/lib/preferences.ts.
 *
 * The mode reaches the page as `data-color-mode` on <html>, which switches the `--vdk-*` colours of base.css: the
 * shell and the landing routes are drawn with them (src/components/ui), without MUI. The MUI theme is no part of the
 * entry: MuiScope (src/components/theme/mui-scope.tsx) builds it for the mode around each page and piece that uses
 * MUI, loaded with the first of them.
 */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => preferences.theme.get() ?? 'system');
  const systemPrefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDarkNow);
  const mode = preference === 'system' ? (systemPrefersDark ? 'dark' : 'light') : preference;
  const setPreference = useCallback((next: ThemePreference) => {
    preferences.theme.set(next);
    setPreferenceState(next);
  }, []);
  const value = useMemo(() => ({ preference, mode, setPreference }), [preference, mode, setPreference]);
  useLayoutEffect(() => {
    document.documentElement.dataset.colorMode = mode;
  }, [mode]);
  return <ThemeModeContext value={value}>{children}</ThemeModeContext>;
}

// What useMediaQuery does for one query in a client-only app, without its SSR and breakpoint handling.
const DARK_QUERY = '(prefers-color-scheme: dark)';
const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null);
const systemPrefersDarkNow = () => darkQuery()?.matches ?? false;
function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}
