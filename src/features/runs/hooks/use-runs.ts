import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import { filterPage } from '@/components/execution/execution-filters';
import { useConfig } from '@/config/config-context';
import { toRunsParams } from '../model/runs-params';
import type { RunsSearch } from '../model/runs-search';

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
