import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { idFromLocation, type ApiClient } from '../client';
import { invalidateJobLists } from '../jobs/mutations';
import { jobKeys } from '../jobs/keys';
import { DEPLOYMENT_ID } from '../jobs/queries';
import type { ExecutionRef, JobRef } from '../types';
import { executionKeys } from './keys';

/** Recorded by the service as `started_by` = "manual/vdk-dashboard/<user>". */
export const STARTED_BY = 'manual/vdk-dashboard';

function invalidateAfterRun(queryClient: QueryClient, ref: JobRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: executionKeys.lists(ref) }),
    queryClient.invalidateQueries({ queryKey: jobKeys.summary(ref) }),
    invalidateJobLists(queryClient, ref.team),
  ]);
}

export const executionMutations = {
  /** Resolves to the new execution's id (from `Location`). */
  start: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async (args?: Record<string, unknown>): Promise<string | undefined> => {
        const { response } = await client.rest.POST(
          '/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/executions',
          {
            params: { path: { team_name: ref.team, job_name: ref.job, deployment_id: DEPLOYMENT_ID } },
            body: { started_by: STARTED_BY, ...(args ? { args } : {}) },
          },
        );
        return idFromLocation(response);
      },
      onSuccess: () => invalidateAfterRun(queryClient, ref),
    }),

  /** Allowed only while submitted or running; otherwise the service answers 400. */
  cancel: (client: ApiClient, queryClient: QueryClient, ref: ExecutionRef) =>
    mutationOptions({
      mutationFn: async () => {
        await client.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
          params: { path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId } },
        });
      },
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: executionKeys.detail(ref) }),
          invalidateAfterRun(queryClient, ref),
        ]),
    }),
};
