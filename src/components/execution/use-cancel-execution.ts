import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { isApiError } from '@/api/errors';
import { executionKeys } from '@/api/executions/keys';
import { executionMutations } from '@/api/executions/mutations';
import type { ExecutionRef } from '@/api/types';

/**
 * Cancels a submitted or running execution. A 400 means it finished in the meantime: the
 * execution and the lists are refreshed so the page shows how it ended.
 */
export function useCancelExecution(ref: ExecutionRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const options = executionMutations.cancel(client, queryClient, ref);
  return useMutation({
    ...options,
    onError: (error, ...rest) => {
      // The builder's own handling (a refresh when the outcome is unknown) comes first.
      void options.onError?.(error, ...rest);
      if (!isApiError(error) || error.status !== 400) return;
      void queryClient.invalidateQueries({ queryKey: executionKeys.detail(ref) });
      void queryClient.invalidateQueries({ queryKey: executionKeys.lists(ref) });
    },
  });
}
