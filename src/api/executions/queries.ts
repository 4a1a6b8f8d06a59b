import { queryOptions } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../client';
import { buildExecutionsVariables, type ExecutionsListParams } from '../graphql/executions-query';
import { runQuery } from '../graphql/run-query';
import { ExecutionsListDocument } from '../generated/graphql/graphql';
import type { DataJobExecution, ExecutionRef } from '../types';
import { executionKeys } from './keys';

const executionPath = (ref: ExecutionRef) => ({
  path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId },
});

export const executionQueries = {
  list: (client: ApiClient, params: ExecutionsListParams) =>
    queryOptions({
      queryKey: executionKeys.list(params),
      queryFn: ({ signal }) =>
        runQuery(client, ExecutionsListDocument, buildExecutionsVariables(params), { team: params.team, signal }),
    }),

  detail: (client: ApiClient, ref: ExecutionRef) =>
    queryOptions({
      queryKey: executionKeys.detail(ref),
      queryFn: ({ signal }): Promise<DataJobExecution> =>
        unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
            params: executionPath(ref),
            signal,
          }),
        ),
    }),

  /** The whole log as one string; the service returns "" once the execution's pod is gone. */
  logs: (client: ApiClient, ref: ExecutionRef) =>
    queryOptions({
      queryKey: executionKeys.logs(ref),
      queryFn: async ({ signal }): Promise<string> => {
        const body = await unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}/logs', {
            params: executionPath(ref),
            signal,
          }),
        );
        return body?.logs ?? '';
      },
    }),
};
