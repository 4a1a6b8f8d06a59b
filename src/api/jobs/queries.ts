import { queryOptions } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../client';
import { isApiError } from '../errors';
import { JobsListDocument, TimelineJobsDocument } from '../graphql/documents';
import { buildJobsVariables, type JobsListParams } from '../graphql/jobs-query';
import { runQuery } from '../graphql/run-query';
import type { DataJob, DataJobProperties, JobRef, JobSummary } from '../types';
import { jobKeys } from './keys';

const jobPath = (ref: JobRef) => ({ path: { team_name: ref.team, job_name: ref.job } });

export const jobQueries = {
  /** `pathTeam` only names the URL (authorization hooks see it); the team filter comes from `params.team`. */
  list: (client: ApiClient, params: JobsListParams, pathTeam: string) =>
    queryOptions({
      queryKey: jobKeys.list(params),
      queryFn: ({ signal }) =>
        runQuery(client, JobsListDocument, buildJobsVariables(params), { team: pathTeam, signal }),
    }),

  /** A page of jobs with only their schedule and deployment state: the lanes of the runs timeline. */
  timeline: (client: ApiClient, params: JobsListParams, pathTeam: string) =>
    queryOptions({
      queryKey: jobKeys.timeline(params),
      queryFn: ({ signal }) =>
        runQuery(client, TimelineJobsDocument, buildJobsVariables(params), { team: pathTeam, signal }),
    }),

  /** One job through the list query (deployment state, last executions): REST has no such view. */
  summary: (client: ApiClient, ref: JobRef) =>
    queryOptions({
      queryKey: jobKeys.summary(ref),
      queryFn: async ({ signal }): Promise<JobSummary | null> => {
        const variables = buildJobsVariables({ team: ref.team, jobName: ref.job, page: 1, pageSize: 1 });
        const page = await runQuery(client, JobsListDocument, variables, { team: ref.team, signal });
        return page.content?.find((job) => job?.jobName === ref.job) ?? null;
      },
    }),

  detail: (client: ApiClient, ref: JobRef) =>
    queryOptions({
      queryKey: jobKeys.detail(ref),
      queryFn: ({ signal }): Promise<DataJob> =>
        unwrap(client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}', { params: jobPath(ref), signal })),
    }),

  properties: (client: ApiClient, ref: JobRef) =>
    queryOptions({
      queryKey: jobKeys.properties(ref),
      queryFn: ({ signal }): Promise<DataJobProperties> =>
        unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/properties', {
            params: { path: { ...jobPath(ref).path, deployment_id: DEPLOYMENT_ID } },
            signal,
          }),
        ),
    }),

  /**
   * `null` when the service answers 501 (secrets without Vault, the real default): an answer, not a failure, so it is
   * cached like data instead of being asked again on every visit.
   */
  secrets: (client: ApiClient, ref: JobRef) =>
    queryOptions({
      queryKey: jobKeys.secrets(ref),
      queryFn: async ({ signal }): Promise<Record<string, unknown> | null> => {
        try {
          return await unwrap(
            client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/secrets', {
              params: { path: { ...jobPath(ref).path, deployment_id: DEPLOYMENT_ID } },
              signal,
            }),
          );
        } catch (error) {
          if (isApiError(error) && error.status === 501) return null;
          throw error;
        }
      },
    }),
};

/** The service ignores `{deployment_id}`; VDK's own UI sends "default". */
export const DEPLOYMENT_ID = 'default';
