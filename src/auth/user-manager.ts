import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { authPageUrl, type AuthSettings, CALLBACK_PATH, SIGNED_OUT_PATH } from './auth-settings';
import { OIDC_STORE_PREFIX } from './storage-keys';

/**
 * oidc-client-ts set up for a public client with PKCE. Both the user and the in-flight sign-in
 * state (PKCE verifier, return URL) go to sessionStorage: oidc-client-ts would put the state in
 * localStorage by default, and nothing of a login may outlive the tab there.
 */
/** The URL the sign-in popup (used inside a portal's frame) comes back to. */
export const popupCallbackUrl = (appBaseUrl: string) => `${authPageUrl(appBaseUrl, CALLBACK_PATH)}?popup=1`;

/** sessionStorage, or memory where the browser denies storage (e.g. to a third-party frame). */
function tabStorage(): Storage {
  try {
    const storage = window.sessionStorage;
    storage.setItem(`${OIDC_STORE_PREFIX}probe`, '1');
    storage.removeItem(`${OIDC_STORE_PREFIX}probe`);
    return storage;
  } catch {
    return new InMemoryWebStorage();
  }
}

export function createUserManager(auth: AuthSettings, appBaseUrl: string): UserManager {
  const store = new WebStorageStateStore({ store: tabStorage(), prefix: OIDC_STORE_PREFIX });
  const resource = auth.resource ? { resource: auth.resource } : undefined;
  return new UserManager({
    authority: auth.authority,
    client_id: auth.clientId,
    scope: auth.scopes,
    response_type: 'code',
    redirect_uri: authPageUrl(appBaseUrl, CALLBACK_PATH),
    popup_redirect_uri: popupCallbackUrl(appBaseUrl),
    post_logout_redirect_uri: authPageUrl(appBaseUrl, SIGNED_OUT_PATH),
    userStore: store,
    stateStore: store,
    // Renewal is scheduled by the session keeper (at a share of the token's lifetime, see session-keeper.ts).
    automaticSilentRenew: false,
    // Everything the dashboard shows is in the ID token; userinfo would be one more cross-origin call.
    loadUserInfo: false,
    monitorSession: false,
    extraQueryParams: resource,
    extraTokenParams: resource,
  });
}
