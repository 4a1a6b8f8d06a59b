import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionMutations } from '@/api/executions/mutations';
import type { JobRef } from '@/api/types';
import { rememberSentArguments } from './sent-arguments';

/** Starts a run of the job's deployment (`started_by` manual/vdk-dashboard); never retried automatically. */
export function useStartExecution(ref: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const options = executionMutations.start(client, queryClient, ref);
  return useMutation<string | undefined, Error, Record<string, unknown> | undefined>({
    ...options,
    onSuccess: async (executionId, args, onMutateResult, context) => {
      if (executionId && args) rememberSentArguments({ ...ref, executionId }, args);
      await options.onSuccess?.(executionId, args, onMutateResult, context);
    },
  });
}
