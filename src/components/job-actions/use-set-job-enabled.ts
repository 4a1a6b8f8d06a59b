import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentMutations } from '@/api/deployments/mutations';
import type { JobRef } from '@/api/types';

/** Enables or disables the job's deployment (its schedule). Never retried on its own. */
export function useSetJobEnabled(job: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(deploymentMutations.patch(client, queryClient, job));
}
