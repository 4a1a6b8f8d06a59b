import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppTheme } from './theme';

// Read as text: the app project's CSS pipeline hands stylesheets to tests empty.
const baseCss = readFileSync(new URL('./base.css', import.meta.url), 'utf8');

describe('base.css', () => {
  const rule = (selector: string) => {
    const start = baseCss.indexOf(`${selector} {`);
    expect(start, `base.css has no "${selector}" rule`).toBeGreaterThanOrEqual(0);
    return baseCss.slice(start, baseCss.indexOf('}', start));
  };
  const declared = (selector: string, property: string) =>
    new RegExp(`(?:^|[\\s;{])${property}:\\s*([^;]+);`).exec(rule(selector))?.[1];

  it.each([
    ['light', ':root'],
    ['dark', ":root[data-color-mode='dark']"],
  ] as const)('has the %s theme’s page colours', (mode, selector) => {
    const { palette } = createAppTheme(mode);
    expect(declared(selector, 'color-scheme')).toBe(mode);
    expect(declared(selector, '--vdk-text-primary')).toBe(palette.text.primary);
    expect(declared(selector, '--vdk-background-default')).toBe(palette.background.default);
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
