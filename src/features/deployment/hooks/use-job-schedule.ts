import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import type { JobRef } from '@/api/types';

/** The job's saved cron: a deploy creates the CronJob from it (docs/api-reference.md §5.2). */
export function useJobSchedule(ref: JobRef) {
  return useQuery({
    ...jobQueries.detail(useApiClient(), ref),
    select: (job) => job.config.schedule?.schedule_cron ?? '',
  });
}
