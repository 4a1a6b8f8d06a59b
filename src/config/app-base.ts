/**
 * Where the app is served from, found at runtime so one build works at `/`, `/console/` or any
 * other sub-path without a rebuild (vite `base: './'`).
 *
 * In a production build this module is bundled into a file under `assets/`, one level below the
 * app's root, so the root is `../` from the module's own URL. A deep link that is reloaded loads
 * `./assets/…` relative to the deep path (e.g. `/console/teams/x/assets/…`) when the server maps
 * any `…/assets/<file>` to the file instead of injecting `<base href>`; the route part is cut off
 * again here. The dev server always serves at its configured base.
 */
export function detectAppBaseUrl(moduleUrl: string = import.meta.url): URL {
  if (import.meta.env.DEV) return new URL(import.meta.env.BASE_URL, window.location.origin);
  return appRootFromAssetUrl(moduleUrl);
}

/** First path segments of the app's own routes (src/app/router.tsx): never part of the base. */
const ROUTE_ROOTS = /\/(?:teams|jobs)\/.*$/;

export function appRootFromAssetUrl(moduleUrl: string): URL {
  const root = new URL('../', moduleUrl);
  root.pathname = root.pathname.replace(ROUTE_ROOTS, '/');
  root.search = '';
  root.hash = '';
  return root;
}

/**
 * The router's basename: the `basePath` override, else the app root's path without its trailing
 * slash. If the current URL is not under it (an unusual proxy rewrite), fall back to `/` so the
 * router still renders (its 404 page) instead of nothing.
 */
export function routerBasename(appBaseUrl: URL, basePathOverride: string | undefined, currentPath: string): string {
  const candidate = (basePathOverride ?? appBaseUrl.pathname).replace(/\/+$/, '');
  if (candidate === '') return '/';
  const isUnder = currentPath === candidate || currentPath.startsWith(`${candidate}/`);
  return isUnder ? candidate : '/';
}
