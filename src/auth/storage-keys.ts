/**
 * sessionStorage key prefix of oidc-client-ts's user and sign-in state; the e2e fixtures sign in through it (so no
 * app imports here: they run in Node).
 */
export const OIDC_STORE_PREFIX = 'vdk-dashboard.oidc.';

/** Where oidc-client-ts keeps the signed-in user (its UserManager's `user:<authority>:<client_id>`, with our prefix). */
export function userStoreKey({ authority, clientId }: { authority: string; clientId: string }): string {
  return `${OIDC_STORE_PREFIX}user:${authority}:${clientId}`;
}
