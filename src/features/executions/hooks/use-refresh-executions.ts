import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { executionKeys } from '@/api/executions/keys';
import type { JobRef } from '@/api/types';

/** The Refresh button of the history: every page, chart sample and count of the job's executions. */
export function useRefreshExecutions(ref: JobRef) {
  const queryClient = useQueryClient();
  const { team, job } = ref;
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: executionKeys.lists({ team, job }) }),
    [queryClient, team, job],
  );
}
