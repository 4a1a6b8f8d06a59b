import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries, type ExecutionChartRuns } from '@/api/executions/queries';
import { matchesClientFilters } from '@/components/execution/execution-filters';
import type { JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import { listPollInterval, oldestActiveStart } from '@/api/polling';
import { EXECUTION_STATUSES, isActive, type ExecutionStatus } from '@/lib/execution-status';
import type { ExecutionsSearch } from '../model/executions-search';
import { toListParams } from '../model/executions-params';

/** The chart draws every run in range up to this many, the newest; the table pages through all. */
export const CHART_LIMIT = 10_000;

type ChartRuns = ExecutionChartRuns['runs'];

/** By the runs' identity: each render and each poll decision would otherwise look at 10,000 runs again. */
const activeSinceByRuns = new WeakMap<ChartRuns, ReturnType<typeof oldestActiveStart>>();

const activeSinceOf = (runs: ChartRuns | undefined) => {
  if (!runs) return undefined;
  if (!activeSinceByRuns.has(runs)) {
    const active = runs.map((run) => ({ active: isActive(run.status), startTime: run.startTime }));
    activeSinceByRuns.set(runs, oldestActiveStart(active));
  }
  return activeSinceByRuns.get(runs);
};

/**
 * Data for the charts: every execution in the filtered range (up to `CHART_LIMIT`, fetched in pages side by side),
 * and the exact count per status from the service's totals (one tiny request per status), so the distribution is
 * right even beyond the limit. Asked only once `afterRows` (the table's page has arrived): the rows come first, and
 * the chart's pages do not queue in front of them at the service or on the main thread.
 */
export function useExecutionTrends(ref: JobRef, search: ExecutionsSearch, afterRows: boolean) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  const base = { ...search, page: 1, sort: { property: 'startTime', direction: 'DESC' } as const };
  const { team, job, statuses: statusFilter, startedAfter, startedBefore } = toListParams(ref, base);

  // Stable while the type filter is: a new `select` would filter 10,000 runs again at every render.
  const select = useCallback(
    (data: ExecutionChartRuns): ExecutionChartRuns & { fetched: number } => ({
      runs: data.runs.filter(matchesClientFilters({ type: search.type })),
      totalItems: data.totalItems,
      fetched: data.runs.length,
    }),
    [search.type],
  );
  const runs = useQuery({
    ...executionQueries.chart(client, {
      team,
      job,
      statuses: statusFilter,
      startedAfter,
      startedBefore,
      limit: CHART_LIMIT,
    }),
    refetchInterval: (query) =>
      listPollInterval({
        activeSince: activeSinceOf(query.state.data?.runs),
        baseMs: pollIntervalMs,
        failures: query.state.fetchFailureCount,
      }),
    // A new range keeps the last chart on screen until its runs have arrived.
    placeholderData: keepPreviousData,
    select,
    enabled: afterRows,
  });

  const activeSince = activeSinceOf(runs.data?.runs);
  const statuses: readonly ExecutionStatus[] = search.statuses.length > 0 ? search.statuses : EXECUTION_STATUSES;
  const counts = useQueries({
    queries: statuses.map((status) => ({
      ...executionQueries.list(client, toListParams(ref, { ...base, statuses: [status], pageSize: 1 })),
      // Counts follow the chart: while it shows a run in progress, they refresh with it.
      refetchInterval: listPollInterval({ activeSince, baseMs: pollIntervalMs }),
      enabled: afterRows,
    })),
    combine: (results) => ({
      counts: results.map((result, index) => ({ status: statuses[index]!, count: result.data?.totalItems ?? 0 })),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });

  return { runs, counts: useLastSettled(counts) };
}

interface StatusCounts {
  counts: { status: ExecutionStatus; count: number }[];
  isPending: boolean;
  error: Error | null;
}

/**
 * The counts as they last all arrived: a new range or filter asks for new ones (new queries, which cannot keep the
 * last answer as the runs' query does), and the charts keep showing the last ones meanwhile instead of a placeholder.
 */
function useLastSettled({ counts, isPending, error }: StatusCounts): StatusCounts {
  const settled = isPending ? undefined : counts;
  // By value: `combine` builds a new list at every render.
  const signature = settled?.map(({ status, count }) => `${status}:${count}`).join();
  const [last, setLast] = useState<{ signature: string; counts: StatusCounts['counts'] }>();
  if (settled && signature !== undefined && signature !== last?.signature) setLast({ signature, counts: settled });
  if (settled || !last) return { counts, isPending, error };
  return { counts: last.counts, isPending: false, error };
}
