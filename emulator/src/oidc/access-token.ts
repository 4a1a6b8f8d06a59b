import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import type { Principal } from '../auth-types.ts';

export interface AccessTokenPolicy {
  keys: JWK[];
  issuer: string;
  audience: string;
  /**
   * The user's teams as they are now, like the real service's authorization asks on every request:
   * a change of membership counts from the next request, not from the next token. Undefined for a
   * user the directory does not know: then the token's `groups` decide.
   */
  currentTeams?: (username: string) => string[] | undefined;
}

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * What the Control Service does as an OAuth2 resource server: a signed JWT access token from the
 * issuer, for this API, not expired; anything else is anonymous (null → 401).
 */
export function createAccessTokenVerifier({ keys, issuer, audience, currentTeams }: AccessTokenPolicy) {
  const keySet = createLocalJWKSet({ keys });
  return async function authenticate(authorization: string | undefined): Promise<Principal | null> {
    const token = bearerToken(authorization);
    if (!token) return null;
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer, audience, typ: 'at+jwt', algorithms: ['RS256'] });
      const username = typeof payload.username === 'string' ? payload.username : payload.sub;
      if (!username) return null;
      return { username, teams: currentTeams?.(username) ?? stringList(payload.groups) };
    } catch {
      return null;
    }
  };
}
