import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentMutations } from '@/api/deployments/mutations';
import type { JobRef } from '@/api/types';

/** A new VDK version (PATCH; the service applies it synchronously). */
export function usePatchDeployment(ref: JobRef) {
  return useMutation(deploymentMutations.patch(useApiClient(), useQueryClient(), ref));
}

export function useUndeploy(ref: JobRef) {
  return useMutation(deploymentMutations.undeploy(useApiClient(), useQueryClient(), ref));
}
