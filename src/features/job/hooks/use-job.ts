import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import type { JobRef } from '@/api/types';

/** The job as the REST API returns it: the full config that a save sends back (PUT replaces everything). */
export function useJob(ref: JobRef) {
  return useQuery(jobQueries.detail(useApiClient(), ref));
}
