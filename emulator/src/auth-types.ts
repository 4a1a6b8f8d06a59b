import type { FastifyInstance } from 'fastify';

/** Who made a request, as the authorization flow of the real service sees it. */
export interface Principal {
  username: string;
  teams: string[];
}

/**
 * Pluggable authentication for the emulator. Without one, auth is off like the real
 * service's default (`featureflag.security.enabled=false`): every request is anonymous.
 */
export interface AuthProvider {
  /** Mount extra routes (the OpenID provider under /oidc) on the instance. */
  register(app: FastifyInstance): Promise<void>;
  /** Resolve an Authorization header; null → 401 with an empty body and `WWW-Authenticate: Bearer`. */
  authenticate(authorization: string | undefined): Promise<Principal | null>;
  close?(): Promise<void>;
}
