/**
 * The part of login that needs oidc-client-ts, in a chunk of its own: the sign-in gate loads it at once only when it
 * must start a session (no valid stored user, or a login page); for a returning user it loads after the first content.
 */
import type { UserManager } from 'oidc-client-ts';
import type { AuthSettings } from './auth-settings';
import { createSessionKeeper, type SessionKeeper } from './session-keeper';
import { isFramed } from './start-session';
import { createUserManager } from './user-manager';

export interface Login {
  manager: UserManager;
  keeper: SessionKeeper;
  /** Told when a framed dashboard needs the user to sign in again (no redirect possible there). */
  signInNeeded: Set<() => void>;
}

export function createLogin(auth: AuthSettings, appBaseUrl: string): Login {
  const manager = createUserManager(auth, appBaseUrl);
  const signInNeeded = new Set<() => void>();
  const askInFrame = async () => signInNeeded.forEach((notify) => notify());
  const keeper = createSessionKeeper({
    manager,
    currentUrl: () => window.location.href,
    signIn: isFramed() ? askInFrame : undefined,
  });
  return { manager, keeper, signInNeeded };
}
