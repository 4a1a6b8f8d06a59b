import { createTheme, type Theme } from '@mui/material/styles';

export type ColorMode = 'light' | 'dark';

/**
 * MUI's default light `warning` (#ed6c02) and `info` (#0288d1) fail WCAG AA with white chip text
 * (3.1:1 and 3.9:1, found by axe in the stack probe); these darker tones pass (5.0:1, 5.9:1).
 * Dark mode keeps MUI's light tones, which get dark text.
 */
export function createAppTheme(mode: ColorMode): Theme {
  return createTheme({
    palette: mode === 'light' ? { mode, warning: { main: '#b45309' }, info: { main: '#0369a1' } } : { mode },
    shape: { borderRadius: 6 },
  });
}
