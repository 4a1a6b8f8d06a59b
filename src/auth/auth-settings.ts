import type { ResolvedConfig } from '@/config/load-config';

/** `config.auth` once the config loader has made `authority` absolute. */
export type AuthSettings = NonNullable<ResolvedConfig['auth']>;

/** Pages of the app that belong to login, relative to the app's base URL (it can run under a sub-path). */
export const CALLBACK_PATH = 'auth/callback';
export const SIGNED_OUT_PATH = 'auth/signed-out';

export function authPageUrl(appBaseUrl: string, page: string): string {
  return new URL(page, appBaseUrl).href;
}

/** True when the browser is on that login page (ignoring query and hash). */
export function isAuthPage(appBaseUrl: string, page: string, location: Pick<Location, 'origin' | 'pathname'>): boolean {
  return location.origin + location.pathname === authPageUrl(appBaseUrl, page);
}

/** Where to return after sign-in: the app URL the user opened, if it is one of ours; else the app's root. */
export function safeReturnTo(candidate: unknown, appBaseUrl: string): string {
  if (typeof candidate !== 'string') return appBaseUrl;
  try {
    const url = new URL(candidate, appBaseUrl);
    const base = new URL(appBaseUrl);
    const insideApp = url.origin === base.origin && (url.pathname + '/').startsWith(base.pathname);
    const isLoginPage = [CALLBACK_PATH, SIGNED_OUT_PATH].some(
      (page) => url.pathname === new URL(page, appBaseUrl).pathname,
    );
    return insideApp && !isLoginPage ? url.href : appBaseUrl;
  } catch {
    return appBaseUrl;
  }
}
