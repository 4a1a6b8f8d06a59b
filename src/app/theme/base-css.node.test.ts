import { readFileSync } from 'node:fs';
import type { Theme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { createAppTheme } from '../../components/theme/theme';

// Read as text: the app project's CSS pipeline hands stylesheets to tests empty.
const baseCss = readFileSync(new URL('./base.css', import.meta.url), 'utf8');

const STATUS_COLORS = ['error', 'warning', 'info', 'success'] as const;

/** Each `--vdk-*` variable and the theme value it stands for; the plain pages and the MUI pages share one palette. */
const VARIABLES: [string, (theme: Theme) => string][] = [
  ['--vdk-text-primary', ({ palette }) => palette.text.primary],
  ['--vdk-text-secondary', ({ palette }) => palette.text.secondary],
  ['--vdk-text-disabled', ({ palette }) => palette.text.disabled],
  ['--vdk-background-default', ({ palette }) => palette.background.default],
  ['--vdk-background-paper', ({ palette }) => palette.background.paper],
  ['--vdk-divider', ({ palette }) => palette.divider],
  // TableCell's border: the divider made opaque, lightened (light) or darkened (dark).
  [
    '--vdk-table-border',
    (theme) =>
      theme.palette.mode === 'light'
        ? theme.lighten(theme.alpha(theme.palette.divider, 1), 0.88)
        : theme.darken(theme.alpha(theme.palette.divider, 1), 0.68),
  ],
  ['--vdk-action-active', ({ palette }) => palette.action.active],
  ['--vdk-action-hover', ({ palette }) => palette.action.hover],
  ['--vdk-action-selected', ({ palette }) => palette.action.selected],
  ['--vdk-action-disabled', ({ palette }) => palette.action.disabled],
  ['--vdk-action-disabled-background', ({ palette }) => palette.action.disabledBackground],
  ['--vdk-hover-opacity', ({ palette }) => `${palette.action.hoverOpacity * 100}%`],
  ['--vdk-selected-opacity', ({ palette }) => `${palette.action.selectedOpacity * 100}%`],
  ...(['primary', ...STATUS_COLORS] as const).flatMap((color): [string, (theme: Theme) => string][] => [
    [`--vdk-${color}-main`, ({ palette }) => palette[color].main],
    [`--vdk-${color}-dark`, ({ palette }) => palette[color].dark],
    [`--vdk-${color}-contrast`, ({ palette }) => palette[color].contrastText],
  ]),
  // What MUI's standard Alert draws for each severity.
  ...STATUS_COLORS.flatMap((color): [string, (theme: Theme) => string][] => [
    [
      `--vdk-${color}-alert-color`,
      (theme) => (theme.palette.mode === 'light' ? theme.darken : theme.lighten)(theme.palette[color].light, 0.6),
    ],
    [
      `--vdk-${color}-alert-background`,
      (theme) => (theme.palette.mode === 'light' ? theme.lighten : theme.darken)(theme.palette[color].light, 0.9),
    ],
  ]),
];

/** Same in both modes: declared once on :root. */
const SHARED_VARIABLES: [string, (theme: Theme) => string][] = [
  ['--vdk-radius', ({ shape }) => `${shape.borderRadius}px`],
  ...([1, 2, 4, 8] as const).map((elevation): [string, (theme: Theme) => string] => [
    `--vdk-shadow-${elevation}`,
    ({ shadows }) => shadows[elevation],
  ]),
];

describe('base.css', () => {
  const rule = (selector: string) => {
    const start = baseCss.indexOf(`${selector} {`);
    expect(start, `base.css has no "${selector}" rule`).toBeGreaterThanOrEqual(0);
    return baseCss.slice(start, baseCss.indexOf('}', start));
  };
  const declared = (selector: string, property: string) =>
    new RegExp(`(?:^|[\\s;{])${property}:\\s*([^;]+);`).exec(rule(selector))?.[1];
  // Prettier spaces and wraps long values; the theme writes shadows without spaces.
  const squeezed = (value: string | undefined) => value?.replace(/\s+/g, '');

  it.each([
    ['light', ':root'],
    ['dark', ":root[data-color-mode='dark']"],
  ] as const)('has the %s theme’s colours', (mode, selector) => {
    const theme = createAppTheme(mode);
    expect(declared(selector, 'color-scheme')).toBe(mode);
    for (const [variable, value] of VARIABLES) {
      expect(squeezed(declared(selector, variable)), variable).toBe(squeezed(value(theme)));
    }
  });

  it('has the theme’s shape and shadows', () => {
    const theme = createAppTheme('light');
    for (const [variable, value] of SHARED_VARIABLES) {
      expect(squeezed(declared(':root', variable)), variable).toBe(squeezed(value(theme)));
    }
  });

  it('sets the body text as the theme’s body1', () => {
    const { body1 } = createAppTheme('light').typography;
    expect(declared('body', 'font-family')).toBe(body1.fontFamily?.replaceAll('"', "'"));
    expect(declared('body', 'font-weight')).toBe(String(body1.fontWeight));
    expect(declared('body', 'font-size')).toBe(body1.fontSize);
    expect(declared('body', 'line-height')).toBe(String(body1.lineHeight));
    expect(declared('body', 'letter-spacing')).toBe(body1.letterSpacing);
  });
});
