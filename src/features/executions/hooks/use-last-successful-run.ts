import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionQueries } from '@/api/executions/queries';
import type { ExecutionRef } from '@/api/types';

/** The job's newest successful run other than this one (two asked for, in case this one is the newest). */
export function useLastSuccessfulRun(ref: ExecutionRef) {
  const client = useApiClient();
  return useQuery({
    ...executionQueries.list(client, { team: ref.team, job: ref.job, page: 1, pageSize: 2, statuses: ['SUCCEEDED'] }),
    select: (page) => page.content?.find((run) => run?.id && run.id !== ref.executionId) ?? null,
  });
}
