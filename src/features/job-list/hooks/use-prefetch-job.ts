import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import type { JobSummary } from '@/api/types';
import { jobRefOf } from '../model/job-summary';

/**
 * Warms the job page up on hover or focus of its link: the row already is the job's summary (same
 * query document), so it seeds that cache entry as of the list's last refresh; the full config is
 * fetched in the background. Both keep their normal staleness rules, so nothing old is shown as new.
 * The callback stays the same across refreshes, so memoised rows do not render again for it.
 */
export function usePrefetchJob(team: string | undefined, listUpdatedAt: number) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const updatedAt = useRef(listUpdatedAt);
  useEffect(() => {
    updatedAt.current = listUpdatedAt;
  }, [listUpdatedAt]);
  return useCallback(
    (job: JobSummary) => {
      const ref = jobRefOf(job, team ?? '');
      if (!ref.job) return;
      const summary = jobQueries.summary(client, ref);
      const cached = queryClient.getQueryState(summary.queryKey);
      if (!cached?.dataUpdatedAt || cached.dataUpdatedAt < updatedAt.current) {
        queryClient.setQueryData(summary.queryKey, job, { updatedAt: updatedAt.current });
      }
      void queryClient.prefetchQuery(jobQueries.detail(client, ref));
    },
    [client, queryClient, team],
  );
}
