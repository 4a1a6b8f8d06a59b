import { queryOptions } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../client';
import type { DataJobApiInfo, DataJobDeploymentStatus, JobRef } from '../types';
import { deploymentKeys } from './keys';

export const deploymentQueries = {
  /** The list answers `[]` for a job that is not deployed, where reading one answers an empty 404. */
  detail: (client: ApiClient, ref: JobRef) =>
    queryOptions({
      queryKey: deploymentKeys.detail(ref),
      queryFn: async ({ signal }): Promise<DataJobDeploymentStatus | null> => {
        const list = await unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments', {
            params: { path: { team_name: ref.team, job_name: ref.job } },
            signal,
          }),
        );
        return list?.[0] ?? null;
      },
    }),

  info: (client: ApiClient, team: string) =>
    queryOptions({
      queryKey: deploymentKeys.info(team),
      queryFn: ({ signal }): Promise<DataJobApiInfo> =>
        unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/info', { params: { path: { team_name: team } }, signal }),
        ),
      staleTime: 10 * 60_000,
    }),
};
