/**
 * The `app` unit project's files share one jsdom window and one module cache (`isolate: false` in vite.config.ts): a
 * fresh window per file took most of the unit stage (src/testing/setup.ts resets the window before each file). These
 * files replace modules (`vi.mock`, `vi.doMock`) or load them afresh (`vi.resetModules`), which a shared cache would
 * carry into other files: they run in project `app-isolated`, a window and a cache each. A file that starts doing so
 * must be added here; scripts/isolated-app-tests.test.ts fails until it is.
 */
export const ISOLATED_APP_TESTS = [
  'src/auth/auth-gate.test.tsx',
  'src/auth/oidc-gate.test.tsx',
  'src/features/job-list/route.test.tsx',
  'src/lib/after-first-content.test.ts',
];

/** What makes a test file need a module cache of its own. */
export const REPLACES_MODULES = /\bvi\.(?:mock|doMock|resetModules)\(/;
