import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { deploymentQueries } from '@/api/deployments/queries';
import type { JobRef } from '@/api/types';

export const DEPLOY_POLL_MS = 2_000;

/**
 * The job's deployment (null when not deployed). While a deploy is awaited (`awaitedVersion`), it is
 * polled until it reports that version: the service applies deploys asynchronously and has no progress API.
 */
export function useDeployment(ref: JobRef, awaitedVersion?: string) {
  return useQuery({
    ...deploymentQueries.detail(useApiClient(), ref),
    refetchInterval: (query) =>
      awaitedVersion && query.state.data?.job_version !== awaitedVersion ? DEPLOY_POLL_MS : false,
  });
}
