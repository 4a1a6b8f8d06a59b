/**
 * Packages the landing routes must not ship: MUI and emotion (styling at run time, ~32 KB gzip and a long task to set
 * up). The landing routes and the shell are drawn with src/components/ui; MUI loads with the other pages.
 */
export const MUI_OR_EMOTION = /(?:^|\/)node_modules\/(@mui|@emotion)\//;

/**
 * Nor, for a signed-in user, oidc-client-ts (~20 KB gzip): a returning user's first content uses the stored token,
 * and the library loads after it (src/auth/oidc-gate.tsx).
 */
export const SIGN_IN_LIBRARY = /(?:^|\/)node_modules\/oidc-client-ts\//;

/** The modules in a file's source map (its `sources`) that match `forbidden`, as paths from node_modules. */
export function forbiddenModules(sources: readonly (string | null)[], forbidden: RegExp): string[] {
  return sources
    .filter((source): source is string => source !== null && forbidden.test(source))
    .map((source) => source.slice(source.lastIndexOf('node_modules/') + 'node_modules/'.length));
}
