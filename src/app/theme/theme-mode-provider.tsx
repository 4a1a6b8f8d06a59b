import { ThemeProvider } from '@mui/system';
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { preferences, type ThemePreference } from '@/lib/preferences';
import './base.css';
import { createAppTheme } from './theme';
import { ThemeModeContext } from './theme-mode-context';

/**
 * Light, dark or follow the system; the choice persists through src/lib/preferences.ts.
 *
 * The theme has no CSS variables, so MUI's plain ThemeProvider from @mui/system is enough: `@mui/material/styles`'
 * ThemeProvider also bundles the CSS-variables provider (colour-scheme storage and its init script, ~4 KB gzip)
 * that only a `cssVariables` theme uses. The page's base styles are a static stylesheet (base.css) rather than MUI's
 * CssBaseline, which builds them at run time; the mode reaches it as `data-color-mode` on <html>.
 */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => preferences.theme.get() ?? 'system');
  const systemPrefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDarkNow);
  const mode = preference === 'system' ? (systemPrefersDark ? 'dark' : 'light') : preference;
  const setPreference = useCallback((next: ThemePreference) => {
    preferences.theme.set(next);
    setPreferenceState(next);
  }, []);
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const value = useMemo(() => ({ preference, mode, setPreference }), [preference, mode, setPreference]);
  useLayoutEffect(() => {
    document.documentElement.dataset.colorMode = mode;
  }, [mode]);
  return (
    <ThemeModeContext value={value}>
      <ThemeProvider theme={theme}>{children}</ThemeProvider>
    </ThemeModeContext>
  );
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
