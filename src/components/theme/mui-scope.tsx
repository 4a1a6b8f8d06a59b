import { ThemeProvider } from '@mui/system';
import { type ReactNode, useContext } from 'react';
import { type ColorMode, createAppTheme } from './theme';
import { ThemeModeContext } from './theme-mode-context';

// One theme per mode for every scope on the page: a page and the menus it opens share it.
const themes = new Map<ColorMode, ReturnType<typeof createAppTheme>>();
function themeFor(mode: ColorMode) {
  let theme = themes.get(mode);
  if (!theme) themes.set(mode, (theme = createAppTheme(mode)));
  return theme;
}

/**
 * The app's MUI theme, light or dark as the user chose, around the MUI parts of the app. The landing routes and the
 * shell are drawn without MUI (src/components/ui), so the entry holds no theme and no emotion; this module loads with
 * the first page or piece that needs MUI (pageRoute, lazyWithMui).
 *
 * MUI's plain ThemeProvider from @mui/system is enough: the theme has no CSS variables, and
 * `@mui/material/styles`' ThemeProvider also bundles the CSS-variables provider (~4 KB gzip) only such a theme uses.
 */
export function MuiScope({ children }: { children: ReactNode }) {
  // Outside a ThemeModeProvider (a component rendered alone in a test) the light theme, as MUI's default.
  const mode = useContext(ThemeModeContext)?.mode ?? 'light';
  return <ThemeProvider theme={themeFor(mode)}>{children}</ThemeProvider>;
}
