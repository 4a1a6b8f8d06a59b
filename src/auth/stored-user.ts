/**
 * The signed-in user as oidc-client-ts stored it in this tab, read without oidc-client-ts (~20 KB gzip): a returning
 * user's first content then waits only for its data, and the library loads after it, for renewal and sign-out.
 */
import type { AuthSettings } from './auth-settings';
import { userStoreKey } from './storage-keys';

/** The fields of oidc-client-ts's `User.toStorageString()` the dashboard uses before the library has loaded. */
export interface StoredUser {
  access_token: string;
  profile: Record<string, unknown>;
  expires_at: number;
}

// Checked by hand: valibot's other checks would all be bundled into the entry, which holds valibot for the config.
function asStoredUser(value: unknown): StoredUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { access_token, profile, expires_at } = value as Record<string, unknown>;
  if (typeof access_token !== 'string' || !access_token || typeof expires_at !== 'number') return null;
  if (typeof profile !== 'object' || profile === null) return null;
  return { access_token, profile: profile as Record<string, unknown>, expires_at };
}

/**
 * The stored user of this provider and client whose access token has not expired; null when there is none, or it is
 * expired or malformed (then oidc-client-ts starts the session as before: renews or signs in). Expiry is judged in
 * whole seconds, as oidc-client-ts does.
 */
export function readStoredUser(
  auth: Pick<AuthSettings, 'authority' | 'clientId'>,
  { storage = () => window.sessionStorage, now = Date.now }: { storage?: () => Storage; now?: () => number } = {},
): StoredUser | null {
  try {
    const text = storage().getItem(userStoreKey(auth));
    const user = text ? asStoredUser(JSON.parse(text)) : null;
    return user && user.expires_at > Math.floor(now() / 1000) ? user : null;
  } catch {
    // Storage denied to this frame (oidc-client-ts then keeps the user in memory), or not JSON.
    return null;
  }
}
