/**
 * Login with OpenID Connect. Everything exported here is light: oidc-client-ts is loaded by
 * <AuthGate> only when `config.auth` is set, so it stays out of the first-route bundle otherwise.
 */
export { AuthGate } from './auth-gate';
export { type AuthContextValue, type AuthSession, type AuthUser, useAuth } from './auth-context';
export type { AuthSettings } from './auth-settings';
export { SignedInUserMenu } from './signed-in-user-menu';
