import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionMutations } from '@/api/executions/mutations';
import type { ExecutionRef } from '@/api/types';

/** Cancels a submitted or running execution; a 400 means it had already finished. */
export function useCancelExecution(ref: ExecutionRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(executionMutations.cancel(client, queryClient, ref));
}
