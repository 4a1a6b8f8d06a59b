import { getContrastRatio } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { createAppTheme } from './theme';

const COLORS = ['primary', 'secondary', 'error', 'warning', 'info', 'success'] as const;

describe('theme', () => {
  it.each(['light', 'dark'] as const)('keeps text on every status colour at WCAG AA contrast (%s)', (mode) => {
    const { palette } = createAppTheme(mode);
    for (const color of COLORS) {
      const { main, contrastText } = palette[color];
      expect(getContrastRatio(main, contrastText), `${color} ${main} on ${contrastText}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
