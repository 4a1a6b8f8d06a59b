import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
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

/** Asks the service for another page of the same list; a page still fresh in the cache is not asked again. */
function useAskForPage(scope: TeamScope, search: JobsSearch) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (page: number) => queryClient.prefetchQuery(jobsListQuery(client, scope, { ...search, page })),
    [client, queryClient, scope, search],
  );
}

/**
 * Asks for another page ahead of the navigation to it (pointer over or focus on Previous/Next): the request no longer
 * waits for the press, nor for the page to render the new URL.
 */
export function usePrefetchJobsPage(scope: TeamScope, search: JobsSearch) {
  const ask = useAskForPage(scope, search);
  // Nobody waits: the page's own query finds the answer in the cache.
  return useCallback((page: number) => void ask(page), [ask]);
}

/** How long a page turn waits for its page before it shows the previous page dimmed instead. */
export const PAGE_TURN_WAIT_MS = 150;

/**
 * Turns to another page once its rows are in the cache (usually asked for already, by the pointer on Next), waiting at
 * most PAGE_TURN_WAIT_MS: the new rows then replace the previous page in one render. A turn at the press rendered the
 * previous page dimmed first, and the answer, arriving meanwhile, waited for that render and its paint. A slower answer
 * shows the previous page dimmed, as before. A later turn, or leaving the list, cancels a waiting one.
 */
export function useTurnJobsPage(scope: TeamScope, search: JobsSearch, turn: (page: number) => void) {
  const ask = useAskForPage(scope, search);
  const latestTurn = useRef(0);
  useEffect(
    () => () => {
      latestTurn.current += 1;
    },
    [],
  );
  return useCallback(
    (page: number) => {
      const thisTurn = (latestTurn.current += 1);
      const waited = new Promise((resolve) => setTimeout(resolve, PAGE_TURN_WAIT_MS));
      // Nobody waits for the turn: the click has nothing more to do.
      void Promise.race([ask(page), waited]).then(() => {
        if (latestTurn.current === thisTurn) turn(page);
      });
    },
    [ask, turn],
  );
}
