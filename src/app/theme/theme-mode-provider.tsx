import { ThemeProvider } from '@mui/system';
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { preferences, type ThemePreference } from '@/lib/preferences';
import './base.css';
import { modeOf, storedPreference, subscribeToSystemScheme, systemPrefersDarkNow } from './color-mode';
import { appTheme } from './theme';
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
  const [preference, setPreferenceState] = useState(storedPreference);
  const systemPrefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDarkNow);
  const mode = modeOf(preference, systemPrefersDark);
  const setPreference = useCallback((next: ThemePreference) => {
    preferences.theme.set(next);
    setPreferenceState(next);
  }, []);
  const theme = appTheme(mode);
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
