import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import { pollInterval } from '@/api/polling';
import type { ExecutionRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';
import { splitLogLines } from '../model/log-lines';

interface ExecutionLogsOptions {
  /** The execution's current status: logs are tailed while it is active. */
  status: string | undefined;
  startTime: string | undefined;
}

/**
 * The execution's log as lines. While the run is active it is fetched again on the polling
 * schedule (the service reads it live from the pod); when the run ends, once more, so the last
 * lines written before the end are not missed.
 */
export function useExecutionLogs(ref: ExecutionRef, { status, startTime }: ExecutionLogsOptions) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  const isRunning = isActive(status);
  const query = useQuery({
    ...executionQueries.logs(client, ref),
    select: splitLogLines,
    refetchInterval: (q) =>
      isRunning
        ? pollInterval({
            activeSince: startTime ? Date.parse(startTime) : Date.now(),
            baseMs: pollIntervalMs,
            failures: q.state.fetchFailureCount,
          })
        : false,
  });

  const wasRunning = useRef(isRunning);
  const { refetch } = query;
  useEffect(() => {
    if (wasRunning.current && !isRunning) void refetch();
    wasRunning.current = isRunning;
  }, [isRunning, refetch]);

  return query;
}
