import { createContext, useContext } from 'react';

/** Who is signed in, as the UI shows it. Kept in memory; the user object lives in sessionStorage only. */
export interface AuthUser {
  /** Display name: `name`, else `preferred_username`, else `sub`. */
  name: string;
  /** The login name (`preferred_username`/`username`), when the provider sends one. */
  username: string | undefined;
  /** Teams from the configured claim (default `groups`). */
  teams: readonly string[];
}

/** What login hands to the rest of the app: the API client's token hooks and the user's teams. */
export interface AuthSession {
  getAccessToken?: () => Promise<string | undefined>;
  /** Renews once after a 401; true when the request should be retried, false after starting a new sign-in. */
  onUnauthorized?: () => Promise<boolean>;
  claimTeams: readonly string[];
}

export interface AuthContextValue {
  /** False when the Control Service runs without security (`auth: null`): there is no user. */
  enabled: boolean;
  user: AuthUser | null;
  signOut: () => void;
}

export const SIGNED_OUT_CONTEXT: AuthContextValue = { enabled: false, user: null, signOut: () => {} };

export const AuthContext = createContext<AuthContextValue>(SIGNED_OUT_CONTEXT);

/** The signed-in user and sign-out, for the shell's user menu and anything that shows who acts. */
export const useAuth = (): AuthContextValue => useContext(AuthContext);
