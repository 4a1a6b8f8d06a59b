import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentQueries } from '@/api/deployments/queries';

/** What this Control Service supports: Python versions to deploy with, its API version. */
export function useApiInfo(team: string) {
  return useQuery(deploymentQueries.info(useApiClient(), team));
}
