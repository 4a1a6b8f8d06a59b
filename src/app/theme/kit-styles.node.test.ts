import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppTheme } from '../../components/theme/theme';

// Read as text: the app project's CSS pipeline hands stylesheets to tests empty.
const css = (file: string) => readFileSync(new URL(`../../components/ui/${file}`, import.meta.url), 'utf8');

function declarations(source: string, selector: string): Record<string, string> {
  const start = source.indexOf(`${selector} {`);
  expect(start, `no "${selector}" rule`).toBeGreaterThanOrEqual(0);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start));
  const declared: Record<string, string> = {};
  for (const declaration of body.split(';')) {
    const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
    if (property && value) declared[property] = value;
  }
  return declared;
}

const VARIANTS = ['h4', 'h5', 'h6', 'subtitle1', 'subtitle2', 'body1', 'body2', 'caption'] as const;

// The plain pages' kit (src/components/ui) sets type as the theme does, so they and the MUI pages look alike.
describe('the kit’s styles', () => {
  const { typography } = createAppTheme('light');
  const expectTypography = (declared: Record<string, string>, variant: (typeof VARIANTS)[number] | 'button') => {
    const style = typography[variant];
    expect(declared['font-family'], variant).toBe(style.fontFamily?.replaceAll('"', "'"));
    expect(declared['font-weight'], variant).toBe(String(style.fontWeight));
    expect(declared['font-size'], variant).toBe(style.fontSize);
    expect(declared['line-height'], variant).toBe(String(style.lineHeight));
    expect(declared['letter-spacing'], variant).toBe(style.letterSpacing);
  };

  it('draws text in the theme’s typography', () => {
    for (const variant of VARIANTS) expectTypography(declarations(css('text.module.css'), `.${variant}`), variant);
  });

  it('sets buttons in the theme’s button type', () => {
    expectTypography(declarations(css('button.module.css'), '.button'), 'button');
  });
});
