import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTeamScope } from '@/components/team/use-team-scope';
import { parseHomeSearch, type HomeSearch } from '../model/home-search';

export interface HomeScope {
  /** The team the home is about; undefined on the all-teams home. */
  team: string | undefined;
  /** The URL's team segment the service wants (it reads no team from it; its authorization does). */
  pathTeam: string;
  search: HomeSearch;
  setSpan: (span: HomeSearch['span']) => void;
}

/** The home's team (path, or `?team=` for a team a path cannot name) and its URL state. */
export function useHomeScope(): HomeScope {
  const { team: pathScope, pathTeam } = useTeamScope();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseHomeSearch(params), [params]);
  const team = pathScope ?? search.team;
  const setSpan = useCallback(
    (span: HomeSearch['span']) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (span === '24h') next.delete('span');
          else next.set('span', span);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  // The same object while nothing in it changes: the cards below the first figures skip the page's renders.
  return useMemo(() => ({ team, pathTeam, search, setSpan }), [team, pathTeam, search, setSpan]);
}
