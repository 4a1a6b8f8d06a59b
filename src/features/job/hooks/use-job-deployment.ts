import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentQueries } from '@/api/deployments/queries';
import type { JobRef } from '@/api/types';

/** The job's deployment, or null when it is not deployed. */
export function useJobDeployment(ref: JobRef) {
  return useQuery(deploymentQueries.detail(useApiClient(), ref));
}
