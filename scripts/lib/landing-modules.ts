/**
 * Packages the landing routes must not ship: MUI and emotion (styling at run time, ~32 KB gzip and a long task to set
 * up). The landing routes and the shell are drawn with src/components/ui; MUI loads with the other pages.
 */
const NOT_ON_LANDING_ROUTES = /(?:^|\/)node_modules\/(@mui|@emotion)\//;

/** The modules in a file's source map (its `sources`) that a landing route must not ship, as paths from node_modules. */
export function forbiddenModules(sources: readonly (string | null)[]): string[] {
  return sources
    .filter((source): source is string => source !== null && NOT_ON_LANDING_ROUTES.test(source))
    .map((source) => source.slice(source.lastIndexOf('node_modules/') + 'node_modules/'.length));
}
