import { createContext, useContext } from 'react';

export interface TeamsContextValue {
  /** Teams to offer: config.json `teams`, then teams from the login token, without duplicates. */
  teams: readonly string[];
  defaultTeam: string | undefined;
  /** Set when the dashboard is embedded with a fixed team: no switching. */
  fixedTeam: string | undefined;
}

export const TeamsContext = createContext<TeamsContextValue | null>(null);

export function useTeams(): TeamsContextValue {
  const value = useContext(TeamsContext);
  if (!value) throw new Error('useTeams() needs a <TeamsProvider> above it (src/app/app.tsx).');
  return value;
}
