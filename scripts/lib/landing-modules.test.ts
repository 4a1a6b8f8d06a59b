import { describe, expect, it } from 'vitest';
import { forbiddenModules, MUI_OR_EMOTION, SIGN_IN_LIBRARY } from './landing-modules';

const SOURCES = [
  '../../node_modules/@mui/material/Button/Button.mjs',
  '../../node_modules/@emotion/react/dist/emotion-react.browser.esm.js',
  '../../node_modules/oidc-client-ts/dist/esm/oidc-client-ts.js',
  '../../node_modules/react-dom/cjs/react-dom-client.production.js',
  '../../src/components/ui/button.tsx',
  '../../src/features/mui-free/page.tsx',
  '../../src/auth/oidc-login.ts',
  null,
];

describe('forbiddenModules', () => {
  it('names the MUI and emotion modules of a file, and nothing else', () => {
    expect(forbiddenModules(SOURCES, MUI_OR_EMOTION)).toEqual([
      '@mui/material/Button/Button.mjs',
      '@emotion/react/dist/emotion-react.browser.esm.js',
    ]);
  });

  it('names the sign-in library, and not the app code that loads it', () => {
    expect(forbiddenModules(SOURCES, SIGN_IN_LIBRARY)).toEqual(['oidc-client-ts/dist/esm/oidc-client-ts.js']);
  });
});
