import { type ReactNode, useMemo } from 'react';
import { TeamsContext } from './teams-context';

interface TeamsProviderProps {
  configTeams: readonly string[];
  /** Teams from the signed-in user's token claim (login adds them). */
  claimTeams?: readonly string[];
  defaultTeam: string | undefined;
  fixedTeam?: string;
  children: ReactNode;
}

const NO_TEAMS: readonly string[] = [];

export function TeamsProvider({
  configTeams,
  claimTeams = NO_TEAMS,
  defaultTeam,
  fixedTeam,
  children,
}: TeamsProviderProps) {
  const value = useMemo(() => {
    const teams = fixedTeam ? [fixedTeam] : [...new Set([...configTeams, ...claimTeams])];
    return { teams, defaultTeam: fixedTeam ?? defaultTeam ?? teams[0], fixedTeam };
  }, [configTeams, claimTeams, defaultTeam, fixedTeam]);
  return <TeamsContext value={value}>{children}</TeamsContext>;
}
