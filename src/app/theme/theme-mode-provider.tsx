import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { preferences, type ThemePreference } from '@/lib/preferences';
import { createAppTheme } from './theme';
import { ThemeModeContext } from './theme-mode-context';

/** Light, dark or follow the system; the choice persists through src/lib/preferences.ts. */
export function ThemeModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => preferences.theme.get() ?? 'system');
  const systemPrefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = preference === 'system' ? (systemPrefersDark ? 'dark' : 'light') : preference;
  const setPreference = useCallback((next: ThemePreference) => {
    preferences.theme.set(next);
    setPreferenceState(next);
  }, []);
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const value = useMemo(() => ({ preference, mode, setPreference }), [preference, mode, setPreference]);
  return (
    <ThemeModeContext value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ThemeModeContext>
  );
}
