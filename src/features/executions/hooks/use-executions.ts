import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { executionsPageRefetchInterval } from '@/api/executions/list-polling';
import { executionQueries } from '@/api/executions/queries';
import type { ExecutionsPage, JobRef } from '@/api/types';
import { filterPage } from '@/components/execution/execution-filters';
import { useConfig } from '@/config/config-context';
import type { ExecutionsSearch } from '../model/executions-search';
import { toListParams } from '../model/executions-params';

/** One page of the job's executions, as the URL asks; refreshes itself while a row is still running. */
export function useExecutions(ref: JobRef, search: ExecutionsSearch) {
  const client = useApiClient();
  const { pollIntervalMs } = useConfig();
  const { type } = search;
  // Stable while the type filter is: a new view at every render would have the page draw its rows again.
  const select = useCallback((page: ExecutionsPage) => filterPage(page, { type }), [type]);
  return useQuery({
    ...executionQueries.list(client, toListParams(ref, search)),
    placeholderData: keepPreviousData,
    refetchInterval: executionsPageRefetchInterval(pollIntervalMs),
    select,
  });
}
