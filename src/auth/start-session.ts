import type { User, UserManager } from 'oidc-client-ts';
import { CALLBACK_PATH, isAuthPage, safeReturnTo, SIGNED_OUT_PATH } from './auth-settings';
import { clearAllDrafts } from '@/lib/drafts';

/** The part of `window.location` the start needs (a fake in tests). */
export type BrowserLocation = Pick<Location, 'href' | 'origin' | 'pathname' | 'search' | 'replace'>;

export type StartResult =
  | { kind: 'signed-in'; user: User }
  | { kind: 'redirecting' }
  /** Inside a portal's frame, where the provider cannot be shown: the user starts a popup sign-in. */
  | { kind: 'needs-sign-in' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; message: string };

export function describeFailure(error: unknown, authority: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/fetch|network|load failed/i.test(detail))
    return `The sign-in service at ${authority} could not be reached (${detail}).`;
  return detail;
}

/** In another page's frame, where a provider refuses to show its sign-in page. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** The part of oidc-client-ts the start needs (a fake in tests). */
export type SessionStarter = Pick<
  UserManager,
  'settings' | 'getUser' | 'removeUser' | 'signinCallback' | 'signinPopupCallback' | 'signinSilent' | 'signinRedirect'
>;

/** Sends the browser to the provider; it comes back to `returnTo` (kept in the sign-in state, in sessionStorage). */
export async function redirectToSignIn(
  manager: Pick<UserManager, 'signinRedirect'>,
  returnTo: string,
): Promise<StartResult> {
  await manager.signinRedirect({ state: { returnTo } });
  return { kind: 'redirecting' };
}

/**
 * Back to the deep link the user opened, by a fresh page load: the router may already have been
 * created on the callback URL, and the load also drops `code` and `state` from the history.
 */
function leaveCallback(location: BrowserLocation, target: string): StartResult {
  location.replace(target);
  return { kind: 'redirecting' };
}

/**
 * Unsaved edits kept across a forced re-login belong to the person who typed them: when someone
 * else signs in on this tab (the session had ended, a colleague took over), they are dropped, so
 * nobody is offered, or saves under their own name, another person's edits.
 */
export function forgetDraftsOfAnotherUser(previous: User | null, next: User | null): void {
  if (previous && next && previous.profile?.sub !== next.profile?.sub) clearAllDrafts();
}

async function finishSignIn(
  manager: SessionStarter,
  appBaseUrl: string,
  location: BrowserLocation,
): Promise<StartResult> {
  if (new URLSearchParams(location.search).has('popup')) {
    // This is the sign-in popup of a framed dashboard: hand the response to the frame, which closes us.
    await manager.signinPopupCallback(location.href);
    return { kind: 'redirecting' };
  }
  try {
    // The user whose session ended is still stored until the callback replaces them.
    const previous = await manager.getUser().catch(() => null);
    const user = await manager.signinCallback(location.href);
    forgetDraftsOfAnotherUser(previous, user ?? null);
    const state = user?.state as { returnTo?: unknown } | undefined;
    return leaveCallback(location, safeReturnTo(state?.returnTo, appBaseUrl));
  } catch (error) {
    // A reload or Back onto a used callback URL: still signed in, so just go on.
    const existing = await manager.getUser();
    if (existing && !existing.expired) return leaveCallback(location, appBaseUrl);
    return { kind: 'failed', message: describeFailure(error, manager.settings.authority) };
  }
}

/**
 * What the page shows first: the result of a sign-in callback, the signed-out page, the stored
 * user (renewed if its token expired while the tab was closed), or a redirect to sign in.
 */
export async function startSession(
  manager: SessionStarter,
  appBaseUrl: string,
  { location = window.location, framed = isFramed() }: { location?: BrowserLocation; framed?: boolean } = {},
): Promise<StartResult> {
  try {
    if (isAuthPage(appBaseUrl, SIGNED_OUT_PATH, location)) {
      await manager.removeUser();
      return { kind: 'signed-out' };
    }
    if (isAuthPage(appBaseUrl, CALLBACK_PATH, location)) return await finishSignIn(manager, appBaseUrl, location);

    const user = await manager.getUser();
    if (user && !user.expired) return { kind: 'signed-in', user };
    const renewed = user?.refresh_token ? await manager.signinSilent().catch(() => null) : null;
    if (renewed) return { kind: 'signed-in', user: renewed };
    if (framed) return { kind: 'needs-sign-in' };
    return await redirectToSignIn(manager, location.href);
  } catch (error) {
    return { kind: 'failed', message: describeFailure(error, manager.settings.authority) };
  }
}
