import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import { oldestActiveStart, pollInterval } from '@/api/polling';
import type { JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';

/** Deployment state and the last executions (GraphQL); refreshed while an execution of the job is active. */
export function useJobSummary(ref: JobRef) {
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...jobQueries.summary(useApiClient(), ref),
    refetchInterval: (query) => {
      const executions = query.state.data?.deployments?.[0]?.executions ?? [];
      const runs = executions.map((run) => ({ active: isActive(run?.status), startTime: run?.startTime }));
      return pollInterval({
        activeSince: oldestActiveStart(runs),
        baseMs: pollIntervalMs,
        failures: query.state.fetchFailureCount,
      });
    },
  });
}
