import type { FastifyInstance } from 'fastify';

/** Who made a request, as the authorization flow of the real service sees it. */
export interface Principal {
  username: string;
  teams: string[];
}

/** A user of the built-in provider as the admin routes show them (no password). */
export interface AccountView {
  username: string;
  name: string;
  teams: string[];
}

/** What `--admin` may change about the provider's users while the emulator runs. */
export interface AuthAdmin {
  listUsers(): AccountView[];
  /** Undefined for an unknown user. Counts from the user's next API request. */
  setTeams(username: string, teams: readonly string[]): AccountView | undefined;
  /** Ends the user's browser sessions, grants and refresh tokens; undefined for an unknown user. */
  endSignIn(username: string): Promise<{ username: string; ended: number } | undefined>;
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
  /** Present when the provider has users an admin can change (the built-in OpenID provider). */
  admin?: AuthAdmin;
}
