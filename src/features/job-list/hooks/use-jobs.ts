import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { listPollInterval, oldestActiveStart } from '@/api/polling';
import type { TeamScope } from '@/components/team/team-scope';
import { useConfig } from '@/config/config-context';
import { activeRunsOf } from '../model/active-runs';
import { jobsListQuery } from '../model/jobs-query';
import type { JobsSearch } from '../model/jobs-search';

/**
 * One page of jobs. Keeps showing the previous page while the next loads, and refreshes itself: often while a
 * visible job has an execution submitted or running (slower for long runs, backing off on failures, paused in hidden
 * tabs), every 15 × the poll base (30 s by default) otherwise, so runs started elsewhere show up.
 */
export function useJobs(scope: TeamScope, search: JobsSearch) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...jobsListQuery(client, scope, search),
    placeholderData: keepPreviousData,
    // The route's loader asked already (with the app's retries): its failure is shown, with Retry, not asked again.
    retryOnMount: false,
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
export function usePrefetchJobsPage(scope: TeamScope, search: JobsSearch) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (page: number) => void queryClient.prefetchQuery(jobsListQuery(client, scope, { ...search, page })),
    [client, queryClient, scope, search],
  );
}
