import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import type { ExecutionsPage, ExecutionSummary, JobRef } from '@/api/types';
import { useConfig } from '@/config/config-context';
import type { ExecutionsSearch, ExecutionTypeFilter } from '../model/executions-search';
import { toListParams } from '../model/executions-params';
import { listRefetchInterval } from '../model/list-polling';

export interface ExecutionsView {
  rows: ExecutionSummary[];
  totalItems: number;
  /** Rows of the fetched page left out by the type filter (the service cannot filter by type). */
  hiddenByType: number;
  /** Rows the service returned for this page before the type filter. */
  pageRows: number;
}

export function filterByType(page: ExecutionsPage, type: ExecutionTypeFilter | undefined): ExecutionsView {
  const all = (page.content ?? []).filter((row): row is ExecutionSummary => row !== null);
  const rows = type ? all.filter((row) => row.type?.toLowerCase() === type) : all;
  return {
    rows,
    totalItems: page.totalItems ?? all.length,
    hiddenByType: all.length - rows.length,
    pageRows: all.length,
  };
}

/** One page of the job's executions, as the URL asks; refreshes itself while a row is still running. */
export function useExecutions(ref: JobRef, search: ExecutionsSearch) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  return useQuery({
    ...executionQueries.list(client, toListParams(ref, search)),
    placeholderData: keepPreviousData,
    refetchInterval: listRefetchInterval(pollIntervalMs),
    select: (page) => filterByType(page, search.type),
  });
}
