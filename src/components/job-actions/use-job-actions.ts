import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentMutations } from '@/api/deployments/mutations';
import { executionMutations } from '@/api/executions/mutations';
import type { JobRef } from '@/api/types';

/** Starts an execution; `mutate(args?)` resolves to the new execution id. Never retried on its own. */
export function useStartExecution(job: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(executionMutations.start(client, queryClient, job));
}

/** Enables or disables the job's deployment (its schedule). */
export function useSetJobEnabled(job: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(deploymentMutations.patch(client, queryClient, job));
}
