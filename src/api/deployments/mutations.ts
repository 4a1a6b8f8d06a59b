import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { unwrap, type ApiClient } from '../client';
import { happened, holdsSent, notHappened, readIfExists, sendConfirmed } from '../confirm-write';
import { isOutcomeUnknown } from '../write-outcome';
import { invalidateJobLists } from '../jobs/mutations';
import { jobKeys } from '../jobs/keys';
import { DEPLOYMENT_ID } from '../jobs/queries';
import type { DataJobDeployment, JobRef } from '../types';
import { deploymentKeys } from './keys';

const path = (ref: JobRef) => ({ path: { team_name: ref.team, job_name: ref.job, deployment_id: DEPLOYMENT_ID } });

function invalidateDeployment(queryClient: QueryClient, ref: JobRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: deploymentKeys.detail(ref) }),
    queryClient.invalidateQueries({ queryKey: jobKeys.summary(ref) }),
    invalidateJobLists(queryClient, ref.team),
  ]);
}

const readDeployment = (client: ApiClient, ref: JobRef) => () =>
  unwrap(
    client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}', {
      params: path(ref),
    }),
  );

export const deploymentMutations = {
  /**
   * Enable/disable or a new VDK version: the service merges these synchronously (202), so a lost
   * answer is checked by reading the deployment back.
   */
  patch: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: (changes: Pick<DataJobDeployment, 'enabled' | 'vdk_version'>) =>
        sendConfirmed({
          action: `changing the deployment of ${ref.job}`,
          howToCheck: `Reload the job's page: its deployment shows whether it is enabled and which VDK version it uses.`,
          send: async () => {
            await client.rest.PATCH('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}', {
              params: path(ref),
              body: changes,
            });
          },
          check: async () => {
            const deployment = await readIfExists(readDeployment(client, ref));
            return deployment && holdsSent(changes, deployment) ? happened(undefined) : notHappened;
          },
        }),
      onSuccess: () => invalidateDeployment(queryClient, ref),
      onError: (error) => (isOutcomeUnknown(error) ? invalidateDeployment(queryClient, ref) : undefined),
    }),

  /**
   * A new version. The service answers 202 at once and applies it later with no progress API, so
   * callers poll the deployment until its `job_version` matches.
   */
  deploy: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async (deployment: Pick<DataJobDeployment, 'job_version' | 'python_version' | 'enabled'>) => {
        await client.rest.POST('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments', {
          params: { path: { team_name: ref.team, job_name: ref.job } },
          body: deployment,
        });
        return deployment;
      },
      onSuccess: () => invalidateDeployment(queryClient, ref),
    }),

  /** A lost answer is checked by reading the deployment back: a 404 means it was removed. */
  undeploy: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: () =>
        sendConfirmed({
          action: `undeploying ${ref.job}`,
          howToCheck: `Reload the job's page: it says whether the job is still deployed.`,
          send: async () => {
            await client.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}', {
              params: path(ref),
            });
          },
          replayStatuses: [404],
          check: async () => ((await readIfExists(readDeployment(client, ref))) ? notHappened : happened(undefined)),
        }),
      onSuccess: () => invalidateDeployment(queryClient, ref),
      onError: (error) => (isOutcomeUnknown(error) ? invalidateDeployment(queryClient, ref) : undefined),
    }),

  /** A zip of the job folder becomes a version (git sha) that can then be deployed. */
  uploadSources: (client: ApiClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async (zip: Blob): Promise<string> => {
        const version = await unwrap(
          client.rest.POST('/data-jobs/for-team/{team_name}/jobs/{job_name}/sources', {
            params: { path: { team_name: ref.team, job_name: ref.job } },
            body: zip as unknown as string,
            bodySerializer: (body: unknown) => body as Blob,
            headers: { 'Content-Type': 'application/octet-stream' },
          }),
        );
        return version.version_sha;
      },
    }),
};
