import { createTheme, type Theme } from '@mui/material/styles';

export type ColorMode = 'light' | 'dark';

/**
 * Text on coloured surfaces (chips, buttons) must reach WCAG AA 4.5:1. MUI's default light
 * `warning` (#ed6c02) and `info` (#0288d1) fail with white text (3.1:1, 3.9:1; axe in the stack
 * probe), so light mode uses darker tones (5.0:1, 5.9:1). `contrastThreshold` 4.5 makes MUI pick
 * dark text where white would not reach AA (e.g. dark mode's light red error chips).
 */
const FOCUS_OUTLINE = ({ theme }: { theme: Theme }) => ({
  '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
});

export function createAppTheme(mode: ColorMode): Theme {
  return createTheme({
    palette:
      mode === 'light'
        ? { mode, contrastThreshold: 4.5, warning: { main: '#b45309' }, info: { main: '#0369a1' } }
        : { mode, contrastThreshold: 4.5 },
    shape: { borderRadius: 6 },
    // Keyboard focus shows as an outline, not only as MUI's focus ripple: the ripple's code loads after start-up
    // (vite.config.ts), so a button focused before it arrived would show nothing.
    components: {
      MuiButton: { styleOverrides: { root: FOCUS_OUTLINE } },
      MuiIconButton: { styleOverrides: { root: FOCUS_OUTLINE } },
    },
  });
}
