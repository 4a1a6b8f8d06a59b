import { describe, expect, it } from 'vitest';
import { forbiddenModules } from './landing-modules';

describe('forbiddenModules', () => {
  it('names the MUI and emotion modules of a file, and nothing else', () => {
    expect(
      forbiddenModules([
        '../../node_modules/@mui/material/Button/Button.mjs',
        '../../node_modules/@emotion/react/dist/emotion-react.browser.esm.js',
        '../../node_modules/react-dom/cjs/react-dom-client.production.js',
        '../../src/components/ui/button.tsx',
        '../../src/features/mui-free/page.tsx',
        null,
      ]),
    ).toEqual(['@mui/material/Button/Button.mjs', '@emotion/react/dist/emotion-react.browser.esm.js']);
  });
});
