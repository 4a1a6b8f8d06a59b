import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '@/api/api-client-context';
import type { JobsListParams } from '@/api/graphql/jobs-query';
import { jobQueries } from '@/api/jobs/queries';
import { listPollInterval, oldestActiveStart } from '@/api/polling';
import type { JobsPage } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';
import { sortProperty, type JobsSearch } from '../model/jobs-search';

interface UseJobsOptions {
  /** The team whose jobs are listed; undefined lists every team (the all-teams page). */
  team: string | undefined;
  /** Path segment the service requires even though it does not filter by it (authorization sees it). */
  pathTeam: string;
  search: JobsSearch;
}

export function toListParams(team: string | undefined, search: JobsSearch): JobsListParams {
  return {
    team: team ?? search.team,
    page: search.page,
    pageSize: search.size,
    search: search.search.trim() || undefined,
    deployment: search.deployment,
    lastStatus: search.status,
    sort: { property: sortProperty(search.sort), direction: search.sort.direction === 'desc' ? 'DESC' : 'ASC' },
  };
}

/** Start times of the visible executions that are still moving (submitted or running). */
export function activeRunsOf(page: JobsPage | undefined) {
  const runs: { active: boolean; startTime?: string | null }[] = [];
  for (const job of page?.content ?? []) {
    for (const deployment of job?.deployments ?? []) {
      for (const execution of deployment?.executions ?? []) {
        if (execution && isActive(execution.status)) runs.push({ active: true, startTime: execution.startTime });
      }
    }
  }
  return runs;
}

/**
 * One page of jobs. Keeps showing the previous page while the next loads, and refreshes itself: often while a
 * visible job has an execution submitted or running (slower for long runs, backing off on failures, paused in hidden
 * tabs), every 15 × the poll base (30 s by default) otherwise, so runs started elsewhere show up.
 */
export function useJobs({ team, pathTeam, search }: UseJobsOptions) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...jobQueries.list(client, toListParams(team, search), pathTeam),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      listPollInterval({
        activeSince: oldestActiveStart(activeRunsOf(query.state.data)),
        baseMs: pollIntervalMs,
        failures: query.state.fetchFailureCount,
      }),
  });
}

/**
 * Asks for another page of the same list ahead of the navigation to it (pointer over or focus on Previous/Next, and
 * the click itself): the request no longer waits for the page to render the new URL first. A page still fresh in
 * the cache is not asked again.
 */
export function usePrefetchJobsPage({ team, pathTeam, search }: UseJobsOptions) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (page: number) =>
      void queryClient.prefetchQuery(jobQueries.list(client, toListParams(team, { ...search, page }), pathTeam)),
    [client, queryClient, team, pathTeam, search],
  );
}
