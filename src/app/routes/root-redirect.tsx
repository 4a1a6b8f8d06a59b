import { Navigate } from 'react-router';
import { useTeams } from '@/components/team/teams-context';
import { preferences } from '@/lib/preferences';
import { paths } from '@/lib/paths';

/** `/` opens the home of the team used last, else of the default team, else every team's home. */
export function RootRedirect() {
  const { fixedTeam, defaultTeam } = useTeams();
  const team = fixedTeam ?? preferences.lastTeam.get() ?? defaultTeam;
  return <Navigate replace to={team ? paths.teamHome({ team }) : paths.allTeamsHome()} />;
}
