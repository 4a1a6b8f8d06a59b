import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import { oldestActiveStart, pollInterval } from '@/api/polling';
import type { ExecutionRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';

/** One execution; refreshes itself while it is submitted or running and stops once it is final. */
export function useExecution(ref: ExecutionRef) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...executionQueries.detail(client, ref),
    refetchInterval: (query) => {
      const execution = query.state.data;
      const activeSince = oldestActiveStart([
        { active: isActive(execution?.status), startTime: execution?.start_time },
      ]);
      return pollInterval({ activeSince, baseMs: pollIntervalMs, failures: query.state.fetchFailureCount });
    },
  });
}
