import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import type { RunsListParams } from '@/api/graphql/executions-query';
import { filterPage } from '@/components/execution/execution-filters';
import { useConfig } from '@/config/config-context';
import { toGraphQLStatus } from '@/lib/execution-status';
import { rangeBounds } from '@/lib/time-range';
import type { RunsSearch } from '../model/runs-search';

/** What the service can filter and order by; type and started-by are applied to the page it returns. */
export function toRunsParams(team: string | undefined, search: RunsSearch, now = Date.now()): RunsListParams {
  return {
    team: team ?? search.team,
    jobs: search.job ? [search.job] : undefined,
    page: search.page,
    pageSize: search.pageSize,
    statuses: search.statuses.map(toGraphQLStatus),
    ...rangeBounds(search.range, now),
    order: search.sort,
  };
}

interface UseRunsOptions {
  /** The page's team; undefined on the all-teams page. */
  team: string | undefined;
  /** Names the request's URL only (the service reads every team's executions through any team's path). */
  pathTeam: string;
  search: RunsSearch;
}

/**
 * One page of executions across the team's jobs, newest first unless sorted otherwise. Refreshes itself often while
 * a row runs and every 15 × the poll base otherwise, and on focus, so runs started elsewhere appear.
 */
export function useRuns({ team, pathTeam, search }: UseRunsOptions) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...executionQueries.runs(client, toRunsParams(team, search), pathTeam),
    placeholderData: keepPreviousData,
    refetchInterval: executionsPageRefetchInterval(pollIntervalMs),
    select: (page) => filterPage(page, search),
  });
}
