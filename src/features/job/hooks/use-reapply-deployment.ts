import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentMutations } from '@/api/deployments/mutations';
import type { JobRef } from '@/api/types';

/**
 * A saved schedule reaches a running deployment only when the deployment is applied again (docs/api-reference.md
 * §2.3, §5.2). PATCH with the current `enabled` re-applies it without changing anything else.
 */
export function useReapplyDeployment(ref: JobRef) {
  return useMutation(deploymentMutations.patch(useApiClient(), useQueryClient(), ref));
}
