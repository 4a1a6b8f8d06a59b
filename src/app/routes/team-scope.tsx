import { useEffect } from 'react';
import { Navigate, Outlet, useParams } from 'react-router';
import { useTeams } from '@/components/team/teams-context';
import { preferences } from '@/lib/preferences';
import { paths } from '@/lib/paths';

/** Layout of `/teams/:team/*`: remembers the team for `/`, and keeps an embedded dashboard on its fixed team. */
export function TeamScope() {
  const { team = '' } = useParams();
  const { fixedTeam } = useTeams();
  useEffect(() => {
    if (team) preferences.lastTeam.set(team);
  }, [team]);
  if (fixedTeam && team !== fixedTeam) return <Navigate replace to={paths.jobs({ team: fixedTeam })} />;
  return <Outlet />;
}
