import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import { pollInterval } from '@/api/polling';
import type { ExecutionRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { isActive } from '@/lib/execution-status';
import { splitLogLines } from '@/lib/log-index';

interface ExecutionLogsOptions {
  /** The execution's current status: logs are tailed while it is active. */
  status: string | undefined;
  startTime: string | undefined;
}

/**
 * While the run is active the log is fetched again on the polling schedule (the service reads it live from the
 * pod); when the run ends, once more (`useRefetchWhenRunEnds`), so the last lines written before the end are not
 * missed.
 */
function useLogRefetchInterval({ status, startTime }: ExecutionLogsOptions) {
  const { pollIntervalMs } = useConfig();
  const isRunning = isActive(status);
  return ({ state }: { state: { fetchFailureCount: number } }) =>
    isRunning
      ? pollInterval({
          activeSince: startTime ? Date.parse(startTime) : Date.now(),
          baseMs: pollIntervalMs,
          failures: state.fetchFailureCount,
        })
      : false;
}

function useRefetchWhenRunEnds(status: string | undefined, refetch: () => Promise<unknown>) {
  const isRunning = isActive(status);
  const wasRunning = useRef(isRunning);
  useEffect(() => {
    if (wasRunning.current && !isRunning) void refetch();
    wasRunning.current = isRunning;
  }, [isRunning, refetch]);
}

/** The execution's log as lines, read whole (comparing two runs aligns complete logs). */
export function useExecutionLogs(ref: ExecutionRef, options: ExecutionLogsOptions) {
  const client = useApiClient();
  const refetchInterval = useLogRefetchInterval(options);
  const query = useQuery({ ...executionQueries.logs(client, ref), select: splitLogLines, refetchInterval });
  useRefetchWhenRunEnds(options.status, query.refetch);
  return query;
}

/** The execution's log as indexed lines, growing while it downloads: the execution page shows it as it arrives. */
export function useExecutionLog(ref: ExecutionRef, options: ExecutionLogsOptions) {
  const client = useApiClient();
  const refetchInterval = useLogRefetchInterval(options);
  const query = useQuery({ ...executionQueries.logLines(client, ref), refetchInterval });
  useRefetchWhenRunEnds(options.status, query.refetch);
  return query;
}
