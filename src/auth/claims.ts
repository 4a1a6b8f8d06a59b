/** Reading the user out of OpenID Connect claims; pure functions, no oidc-client-ts. */
import type { AuthUser } from './auth-context';

type Claims = Record<string, unknown>;

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value ? [value] : [];
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string' && item.length > 0);
}

/** The payload of a JWT access token, or {} when the token is opaque (many providers issue those). */
export function accessTokenClaims(accessToken: string | undefined): Claims {
  const payload = accessToken?.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as Claims) : {};
  } catch {
    return {};
  }
}

/** Teams from the ID token's claim, else from a JWT access token's (where some providers put groups only). */
export function teamsFromClaims(profile: Claims, accessToken: string | undefined, teamsClaim: string): string[] {
  const teams = stringList(profile[teamsClaim]) ?? stringList(accessTokenClaims(accessToken)[teamsClaim]) ?? [];
  return [...new Set(teams)];
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function userFromClaims(profile: Claims, accessToken: string | undefined, teamsClaim: string): AuthUser {
  const username = text(profile.preferred_username) ?? text(profile.username);
  return {
    name: text(profile.name) ?? username ?? text(profile.email) ?? text(profile.sub) ?? 'Signed-in user',
    username,
    teams: teamsFromClaims(profile, accessToken, teamsClaim),
  };
}
