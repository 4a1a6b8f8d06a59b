import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import type { JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { recentExecutionsParams } from '../model/recent-executions';

/** The job's latest executions, newest first; refreshed often while one of them is active, and now and then when none is. */
export function useRecentExecutions(ref: JobRef) {
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...executionQueries.list(useApiClient(), recentExecutionsParams(ref)),
    refetchInterval: executionsPageRefetchInterval(pollIntervalMs),
  });
}
