import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { idFromLocation, unwrap, type ApiClient } from '../client';
import { happened, notHappened, readIfExists, sendConfirmed } from '../confirm-write';
import { isOutcomeUnknown } from '../write-outcome';
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
    queryClient.invalidateQueries({ queryKey: executionKeys.allRuns }),
    queryClient.invalidateQueries({ queryKey: jobKeys.summary(ref) }),
    invalidateJobLists(queryClient, ref.team),
  ]);
}

const executionPath = (ref: ExecutionRef) => ({
  path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId },
});

export const executionMutations = {
  /**
   * Resolves to the new execution's id (from `Location`). When the answer is lost, the job's
   * executions are read back: the service stores each request's X-OPID as the `op_id` of the
   * execution it starts, so the run this request started (if any) is found exactly, with no clocks
   * to compare.
   */
  start: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: (args?: Record<string, unknown>): Promise<string | undefined> =>
        sendConfirmed({
          action: `starting ${ref.job}`,
          howToCheck: `Open the job's Executions: a manual execution started by you in the last minutes means it started. Execute again only if there is none.`,
          send: async () => {
            const { response } = await client.rest.POST(
              '/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/executions',
              {
                params: { path: { team_name: ref.team, job_name: ref.job, deployment_id: DEPLOYMENT_ID } },
                body: { started_by: STARTED_BY, ...(args ? { args } : {}) },
              },
            );
            return idFromLocation(response);
          },
          // "Already executing" may be the run this very request started.
          replayStatuses: [409],
          check: async (failure) => {
            const executions = await unwrap(
              client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions', {
                params: { path: { team_name: ref.team, job_name: ref.job } },
              }),
            );
            const ours = failure.opId ? executions?.find((execution) => execution.op_id === failure.opId) : undefined;
            return ours?.id ? happened(ours.id) : notHappened;
          },
        }),
      onSuccess: () => invalidateAfterRun(queryClient, ref),
      onError: (error) => (isOutcomeUnknown(error) ? invalidateAfterRun(queryClient, ref) : undefined),
    }),

  /** Allowed only while submitted or running; otherwise the service answers 400. */
  cancel: (client: ApiClient, queryClient: QueryClient, ref: ExecutionRef) => {
    const refresh = () => invalidateAfterCancel(queryClient, ref);
    return mutationOptions({
      mutationFn: () => cancelExecution(client, ref),
      onSuccess: refresh,
      onError: (error) => (isOutcomeUnknown(error) ? refresh() : undefined),
    });
  },

  /**
   * Cancels several executions at once. Never rejects: each one's outcome is reported on its own (one may have
   * finished meanwhile, one may fail), and every affected job's lists are refreshed afterwards.
   */
  cancelMany: (client: ApiClient, queryClient: QueryClient) =>
    mutationOptions({
      mutationFn: (refs: ExecutionRef[]): Promise<CancelOutcome[]> =>
        Promise.all(
          refs.map((ref) =>
            cancelExecution(client, ref).then(
              () => ({ ref, error: undefined }),
              (error: unknown) => ({ ref, error }),
            ),
          ),
        ),
      onSettled: (_outcomes, _error, refs) => Promise.all(refs.map((ref) => invalidateAfterCancel(queryClient, ref))),
    }),
};

export interface CancelOutcome {
  ref: ExecutionRef;
  /** Undefined when it was cancelled. */
  error: unknown;
}

function invalidateAfterCancel(queryClient: QueryClient, ref: ExecutionRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: executionKeys.detail(ref) }),
    invalidateAfterRun(queryClient, ref),
  ]);
}

/** One DELETE; when its answer is lost, the execution is read back: cancelled means it worked. */
function cancelExecution(client: ApiClient, ref: ExecutionRef): Promise<void> {
  return sendConfirmed({
    action: `cancelling ${ref.executionId}`,
    howToCheck: 'Reload the execution: its status says whether it was cancelled.',
    send: async () => {
      await client.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
        params: executionPath(ref),
      });
    },
    // "Not running or submitted" may be because this request's first copy cancelled it.
    replayStatuses: [400],
    check: async () => {
      const execution = await readIfExists(() =>
        unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
            params: executionPath(ref),
          }),
        ),
      );
      return execution?.status === 'cancelled' ? happened(undefined) : notHappened;
    },
  });
}
