import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import { oldestActiveStart, pollInterval } from '@/api/polling';
import type { JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';

export const RECENT_EXECUTIONS = 5;

/** The job's latest executions, newest first; refreshed while one of them is still active. */
export function useRecentExecutions(ref: JobRef) {
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...executionQueries.list(useApiClient(), { team: ref.team, job: ref.job, page: 1, pageSize: RECENT_EXECUTIONS }),
    refetchInterval: (query) => {
      const runs = (query.state.data?.content ?? []).map((run) => ({
        active: isActive(run?.status),
        startTime: run?.startTime,
      }));
      return pollInterval({
        activeSince: oldestActiveStart(runs),
        baseMs: pollIntervalMs,
        failures: query.state.fetchFailureCount,
      });
    },
  });
}
