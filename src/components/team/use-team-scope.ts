import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { preferences } from '@/lib/preferences';
import { resolveTeamScope, type TeamScope } from './team-scope';
import { useTeams } from './teams-context';

/**
 * The team the current page is about: `team` from `/teams/:team/…` (undefined on an all-teams page) and the
 * `pathTeam` its API paths need. Pages read their team here, never from `useParams` or preferences, so the team is
 * resolved in one place.
 */
export function useTeamScope(): TeamScope {
  const { team } = useParams();
  const [search] = useSearchParams();
  const { defaultTeam } = useTeams();
  return useMemo(
    () => resolveTeamScope({ pathParam: team, search, lastTeam: preferences.lastTeam.get(), defaultTeam }),
    [team, search, defaultTeam],
  );
}
