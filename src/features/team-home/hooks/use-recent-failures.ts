import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import { groupFailuresByJob, type FailureGroup } from '../model/failure-groups';
import { combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';
import { useWindowAnchor } from './use-window-anchor';

export interface RecentFailures {
  groups: FailureGroup[];
  /** Failures in the window, as the service counts them. */
  total: number;
  /** Failures the groups were made of (the newest page). */
  read: number;
  since: string;
}

const DAY_MS = 24 * 3_600_000;

/** Failed runs of the last 24 hours, one row per job. The window moves on each minute. */
export function useRecentFailures({ team, pathTeam }: HomeScope): CardState<RecentFailures> {
  const client = useApiClient();
  const since = new Date(useWindowAnchor().getTime() - DAY_MS).toISOString();
  const result = useQuery({
    ...teamHealthQueries.recentFailures(client, team, since, pathTeam),
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([page]) => ({
    groups: groupFailuresByJob(page?.content ?? []),
    total: page?.totalItems ?? 0,
    read: page?.content?.length ?? 0,
    since,
  }));
}
