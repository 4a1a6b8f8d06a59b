import type { User, UserManager } from 'oidc-client-ts';

/** The part of oidc-client-ts the keeper needs (a fake in tests). */
export type SessionManager = Pick<UserManager, 'getUser' | 'signinSilent' | 'signinRedirect'>;

export interface SessionKeeperOptions {
  manager: SessionManager;
  /** The URL to come back to after a forced sign-in (the page the user is on). */
  currentUrl: () => string;
  /** How to sign in again; default: redirect to the provider. A framed dashboard asks for a popup instead. */
  signIn?: (returnTo: string) => Promise<void>;
  now?: () => number;
}

/** Renew when this share of the token's life is left, but no more than a minute early. */
const RENEW_SHARE = 0.25;
const MAX_MARGIN_SECONDS = 60;
const RETRY_AFTER_FAILURE_MS = 15_000;
/** A token with less life than this may expire on its way to the service, which then answers 401: renew it first. */
const SEND_MARGIN_SECONDS = 5;

/** Seconds before expiry to renew a token that had `lifetimeSeconds` to live when it arrived. */
export function renewalMarginSeconds(lifetimeSeconds: number): number {
  return Math.min(MAX_MARGIN_SECONDS, lifetimeSeconds * RENEW_SHARE);
}

/**
 * Keeps the access token valid: renews with the refresh token before it expires, renews (once, shared
 * by every caller) when it has expired or the API answered 401, and starts a new sign-in that returns
 * to the same URL when renewal is impossible.
 */
export function createSessionKeeper({ manager, currentUrl, signIn, now = Date.now }: SessionKeeperOptions) {
  let inFlight: Promise<User | null> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  function renew(): Promise<User | null> {
    inFlight ??= manager
      .signinSilent()
      .catch((error: unknown) => {
        console.warn('Token renewal failed', error);
        return null;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  function schedule(user: Pick<User, 'expires_at'> | null) {
    clearTimeout(timer);
    if (disposed || !user?.expires_at) return;
    const secondsLeft = user.expires_at - now() / 1000;
    const delayMs = Math.max(0, (secondsLeft - renewalMarginSeconds(secondsLeft)) * 1000);
    timer = setTimeout(async () => {
      const renewed = await renew();
      if (renewed) schedule(renewed);
      else if (!disposed) timer = setTimeout(() => void manager.getUser().then(schedule), RETRY_AFTER_FAILURE_MS);
    }, delayMs);
  }

  let signingIn: Promise<void> | undefined;

  /** Once, however many requests were refused at the same time. */
  function signInAgain(): Promise<void> {
    const returnTo = currentUrl();
    signingIn ??= (signIn ? signIn(returnTo) : manager.signinRedirect({ state: { returnTo } })).finally(() => {
      signingIn = undefined;
    });
    return signingIn;
  }

  return {
    schedule,

    async getAccessToken(): Promise<string | undefined> {
      const user = await manager.getUser();
      if (!user) return undefined;
      const secondsLeft = (user.expires_at ?? Infinity) - now() / 1000;
      if (secondsLeft > SEND_MARGIN_SECONDS) return user.access_token;
      // Asleep laptop, throttled tab, or a reload just before the renewal timer: renew before sending.
      return ((await renew()) ?? user).access_token;
    },

    async onUnauthorized(): Promise<boolean> {
      if (await renew()) return true;
      await signInAgain();
      return false;
    },

    signInAgain,

    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}

export type SessionKeeper = ReturnType<typeof createSessionKeeper>;
