import { useQueries, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import { filterPage } from '@/components/execution/execution-filters';
import type { JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { listPollInterval, oldestActiveStart } from '@/api/polling';
import { EXECUTION_STATUSES, isActive, type ExecutionStatus } from '@/lib/execution-status';
import type { ExecutionsSearch } from '../model/executions-search';
import { toListParams } from '../model/executions-params';

/** The charts draw at most this many of the newest executions in range; the table pages through all. */
export const CHART_SAMPLE_SIZE = 500;

/**
 * Data for the charts: the newest executions in the filtered range (one request, bounded no
 * matter how long the history is), and the exact count per status from the service's totals
 * (one tiny request per status), so the distribution is right even for 10,000+ executions.
 */
export function useExecutionTrends(ref: JobRef, search: ExecutionsSearch) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  const base = { ...search, page: 1, sort: { property: 'startTime', direction: 'DESC' } as const };

  const sample = useQuery({
    ...executionQueries.list(client, toListParams(ref, { ...base, pageSize: CHART_SAMPLE_SIZE })),
    refetchInterval: executionsPageRefetchInterval(pollIntervalMs),
    select: (page) => filterPage(page, search),
  });

  const activeSince = oldestActiveStart(
    (sample.data?.rows ?? []).map((row) => ({ active: isActive(row.status), startTime: row.startTime })),
  );
  const statuses: readonly ExecutionStatus[] = search.statuses.length > 0 ? search.statuses : EXECUTION_STATUSES;
  const counts = useQueries({
    queries: statuses.map((status) => ({
      ...executionQueries.list(client, toListParams(ref, { ...base, statuses: [status], pageSize: 1 })),
      // Counts follow the sample: while it shows a run in progress, they refresh with it.
      refetchInterval: listPollInterval({ activeSince, baseMs: pollIntervalMs }),
    })),
    combine: (results) => ({
      counts: results.map((result, index) => ({ status: statuses[index]!, count: result.data?.totalItems ?? 0 })),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });

  return { sample, counts };
}
