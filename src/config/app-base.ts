/**
 * Where the app is served from, found at runtime so one build works at `/`, `/console/` or any
 * other sub-path without a rebuild (vite `base: './'`).
 *
 * In a production build this module is bundled into a file under `assets/`, one level below the
 * app's root, so the root is `../` from the module's own URL. On a reloaded deep link, index.html's
 * bootstrap sets a `<base href>` first, cutting the page's path at the same route segments as
 * below. Where it could not run (a host whose CSP lacks its hash) `./assets/…` loads relative to the
 * deep path (e.g. `/console/teams/x/assets/…`) from servers that map any `…/assets/<file>` to the
 * file; the route part is cut off again here. The dev server always serves at its configured base.
 */
export function detectAppBaseUrl(moduleUrl: string = import.meta.url, doc: Document = document): URL {
  if (import.meta.env.DEV) return new URL(import.meta.env.BASE_URL, window.location.origin);
  return appRootFromAssetUrl(moduleUrl, doc.querySelector('base[href]') !== null);
}

/** First path segments of the app's own routes (src/app/router.tsx, and src/auth's `auth/callback`, `auth/signed-out`): never part of the base. */
const ROUTE_ROOTS = /\/(?:teams|jobs|auth)\/.*$/;

/**
 * With a `<base href>` in the page (deploy/nginx.conf injects one) asset URLs already resolve against the real
 * root, which may itself contain `teams`, `jobs` or `auth` (`/tools/jobs/`): then nothing is cut.
 */
export function appRootFromAssetUrl(moduleUrl: string, pageHasBase = false): URL {
  const root = new URL('../', moduleUrl);
  if (!pageHasBase) root.pathname = root.pathname.replace(ROUTE_ROOTS, '/');
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

/**
 * A server that *redirects* a deep link's `…/teams/a/assets/index-*.js` to `/assets/index-*.js`
 * (instead of injecting `<base href>` or serving the file in place) makes the browser load the
 * entry module under two URLs: the page asks for the deep one, lazily loaded pages import the real
 * one. That would run two copies of the app in one page. Returns the URL to start the app from when
 * this copy (`entryUrl`, the entry's `import.meta.url`) was loaded under the page's deep URL.
 */
export function entryRestartUrl(entryUrl: string, doc: Document = document): string | undefined {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!script || script.src === entryUrl) return undefined;
  const marker = doc.documentElement.dataset;
  if (marker.vdkEntry === entryUrl) return undefined; // this is the copy started from the real URL
  marker.vdkEntry = entryUrl;
  return entryUrl;
}
