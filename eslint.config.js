import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder in src/features is an area; a new one is fenced in without editing this file.
const areas = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const separatePrograms =
  'The dashboard, the emulator and e2e are separate programs: what they share (types generated from the spec) is in spec/generated.';

// One-way dependencies: app → features → shared (components, api, auth, config, lib).
// Features never import each other; the api layer knows neither UI nor auth nor config.
const zones = [
  ...areas.map((area) => ({
    target: `./src/features/${area}`,
    from: './src/features',
    except: [`./${area}`],
    message:
      'Features do not import each other: compose them in src/app, share code through src/components, src/api or src/lib.',
  })),
  {
    target: [
      './src/features',
      './src/components',
      './src/api',
      './src/auth',
      './src/config',
      './src/embed',
      './src/lib',
    ],
    from: './src/app',
  },
  {
    target: ['./src/components', './src/api', './src/auth', './src/config', './src/embed', './src/lib'],
    from: './src/features',
  },
  { target: './src/api', from: ['./src/components', './src/auth', './src/config'] },
  { target: './src/lib', from: ['./src/api', './src/auth', './src/components', './src/config'] },
  { target: './src', from: ['./emulator', './e2e'], message: separatePrograms },
  { target: './emulator', from: ['./src', './e2e'], message: separatePrograms },
  ...emulatorLayers(),
];

/**
 * The emulator in layers: db ← domain ← clock, graphql, http, seed, oidc; app.ts and main.ts compose them.
 * The top layers share only the contracts at the root (options.ts, auth-types.ts, spec.ts); http mounts the
 * GraphQL endpoint, so it alone may use graphql.
 */
function emulatorLayers() {
  const root = './emulator/src';
  const message = 'Emulator layers: db ← domain ← clock, graphql, http, seed, oidc (see emulator/README.md).';
  const top = ['clock', 'graphql', 'http', 'seed', 'oidc'];
  const composition = [`${root}/app.ts`, `${root}/main.ts`];
  const mayUse = { http: ['graphql'] };
  return [
    { target: `${root}/db`, from: root, except: ['./db'], message },
    { target: `${root}/domain`, from: root, except: ['./domain', './db'], message },
    ...top.map((layer) => ({
      target: `${root}/${layer}`,
      from: [
        ...top.filter((other) => other !== layer && !mayUse[layer]?.includes(other)).map((other) => `${root}/${other}`),
        ...composition,
      ],
      message,
    })),
  ];
}

export default defineConfig([
  globalIgnores([
    'dist',
    '.dist-*',
    'coverage',
    'test-results',
    'playwright-report',
    'src/api/generated',
    'spec/generated',
    '.data',
    'bench/results',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Of the type-checked set, these found only deliberate code here: async functions that fulfil a promise
      // contract without awaiting (Fastify handlers, provider interfaces), methods of object literals that never
      // use `this`, String(value) of values already checked to be JSON scalars, and library enums compared with
      // the strings they are.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@mui/icons-material', message: 'Import icons by path: @mui/icons-material/Name.' },
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message:
                'Use RouterLink (src/components/routing/router-link.tsx): these ship framework-mode prefetching.',
            },
            {
              name: '@tanstack/react-query',
              importNames: [
                'useInfiniteQuery',
                'useSuspenseInfiniteQuery',
                'usePrefetchInfiniteQuery',
                'infiniteQueryOptions',
              ],
              message:
                'Builds leave out infinite queries (vite.config.ts, UNUSED_LIBRARY_PARTS): page with a page key.',
            },
          ],
        },
      ],
    },
  },
  {
    // The dashboard runs in the browser; everything else (emulator, scripts, bench, e2e, configs) runs on Node.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.node.test.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.node.test.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.recommended,
      pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'import-x': importX, 'react-refresh': reactRefresh, 'check-file': checkFile },
    settings: { 'import-x/resolver': { typescript: { project: './tsconfig.app.json' } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      // Builds leave out infinite queries (vite.config.ts, UNUSED_LIBRARY_PARTS).
      'no-restricted-properties': [
        'error',
        ...['fetchInfiniteQuery', 'prefetchInfiniteQuery', 'ensureInfiniteQueryData'].map((property) => ({
          property,
          message: 'Builds leave out infinite queries (vite.config.ts, UNUSED_LIBRARY_PARTS): page with a page key.',
        })),
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message:
            'Go through the typed client in src/api (and a query hook); only src/api and the config loader fetch.',
        },
        {
          name: 'localStorage',
          message: 'Use src/lib/preferences.ts; never store tokens or user data in localStorage.',
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/config/load-config.ts', 'src/testing/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Builders take the app's one client as an argument; every request parameter is in the key (tests check the shapes).
    files: ['src/api/**/*.{ts,tsx}'],
    rules: { '@tanstack/query/exhaustive-deps': 'off', 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['src/lib/preferences.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'No network in lib.' }] },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'max-lines': 'off', 'react-refresh/only-export-components': 'off' },
  },
  {
    // Asymmetric matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'deploy/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: { project: './tsconfig.node.json' } } },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['emulator/src/**/*.ts'],
    rules: { 'import-x/no-cycle': 'error' },
  },
]);
