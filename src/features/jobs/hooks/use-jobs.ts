import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import type { JobsListParams } from '@/api/graphql/jobs-query';
import { jobQueries } from '@/api/jobs/queries';
import { oldestActiveStart, pollInterval } from '@/api/polling';
import type { JobsPage } from '@/api/types';
import { isActive } from '@/lib/execution-status';
import { sortProperty, type JobsSearch } from './jobs-search-params';

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
 * One page of jobs. Keeps showing the previous page while the next loads, and refreshes itself only
 * while a visible job has an execution submitted or running (slower for long runs, backing off on
 * failures, paused in hidden tabs); an idle list does not poll.
 */
export function useJobs({ team, pathTeam, search }: UseJobsOptions) {
  const client = useApiClient();
  return useQuery({
    ...jobQueries.list(client, toListParams(team, search), pathTeam),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      pollInterval({
        activeSince: oldestActiveStart(activeRunsOf(query.state.data)),
        failures: query.state.fetchFailureCount,
      }),
  });
}
