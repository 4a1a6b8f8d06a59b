import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { idFromLocation, unwrap, type ApiClient } from '../client';
import { deploymentKeys } from '../deployments/keys';
import { executionKeys } from '../executions/keys';
import type { DataJob, DataJobProperties, JobRef } from '../types';
import { ALL_TEAMS, jobKeys } from './keys';
import { DEPLOYMENT_ID } from './queries';

const jobPath = (ref: JobRef) => ({ path: { team_name: ref.team, job_name: ref.job } });
const deploymentPath = (ref: JobRef) => ({ path: { ...jobPath(ref).path, deployment_id: DEPLOYMENT_ID } });

/** Someone else changed the job between our read and our save: the save was not sent. */
export class EditConflictError extends Error {
  constructor(readonly current: DataJob) {
    super('This job was changed by someone else after you opened it. Your edits were not saved.');
    this.name = 'EditConflictError';
  }
}

/** Lists of the job's own team and the all-teams list both show it. */
export function invalidateJobLists(queryClient: QueryClient, team: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: jobKeys.lists(team) }),
    queryClient.invalidateQueries({ queryKey: jobKeys.lists(ALL_TEAMS) }),
  ]);
}

export const jobMutations = {
  create: (client: ApiClient, queryClient: QueryClient, team: string) =>
    mutationOptions({
      mutationFn: async (job: DataJob) => {
        const { response } = await client.rest.POST('/data-jobs/for-team/{team_name}/jobs', {
          params: { path: { team_name: team } },
          body: { ...job, team },
        });
        return idFromLocation(response) ?? job.job_name;
      },
      onSuccess: () => invalidateJobLists(queryClient, team),
    }),

  /**
   * The service's PUT replaces the whole job, so we send the job as read plus the edits. To never
   * overwrite someone else's change silently, the job is read again first and must equal `original`.
   */
  update: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async ({ original, next }: { original: DataJob; next: DataJob }) => {
        const current = await unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}', { params: jobPath(ref) }),
        );
        if (!sameJob(current, original)) throw new EditConflictError(current);
        await client.rest.PUT('/data-jobs/for-team/{team_name}/jobs/{job_name}', {
          params: jobPath(ref),
          body: withoutNulls(next),
        });
        return next;
      },
      onSuccess: (saved) => {
        queryClient.setQueryData(jobKeys.detail(ref), saved);
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: jobKeys.detail(ref) }),
          queryClient.invalidateQueries({ queryKey: jobKeys.summary(ref) }),
          invalidateJobLists(queryClient, ref.team),
        ]);
      },
      onError: (error) => {
        if (error instanceof EditConflictError) queryClient.setQueryData(jobKeys.detail(ref), error.current);
      },
    }),

  remove: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async () => {
        await client.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}', { params: jobPath(ref) });
      },
      onSuccess: () => {
        for (const queryKey of [
          jobKeys.detail(ref),
          jobKeys.summary(ref),
          jobKeys.properties(ref),
          jobKeys.secrets(ref),
          deploymentKeys.detail(ref),
          executionKeys.job(ref),
        ]) {
          queryClient.removeQueries({ queryKey });
        }
        return invalidateJobLists(queryClient, ref.team);
      },
    }),

  /** PUT replaces every property; `null` values are kept as JSON null by the service. */
  updateProperties: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async (properties: DataJobProperties) => {
        await client.rest.PUT(
          '/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/properties',
          { params: deploymentPath(ref), body: properties },
        );
        return properties;
      },
      onSuccess: (saved) => {
        queryClient.setQueryData(jobKeys.properties(ref), saved);
        return queryClient.invalidateQueries({ queryKey: jobKeys.properties(ref) });
      },
    }),

  updateSecrets: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: async (secrets: Record<string, unknown>) => {
        await client.rest.PUT('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/secrets', {
          params: deploymentPath(ref),
          body: secrets,
        });
      },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.secrets(ref) }),
    }),
};

/** Blob downloads (keytab, source zip) are one-off reads, not cached queries. */
export async function downloadKeytab(client: ApiClient, ref: JobRef): Promise<Blob> {
  return unwrap(
    client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/keytab', {
      params: jobPath(ref),
      parseAs: 'blob',
    }),
  );
}

export async function downloadSource(client: ApiClient, ref: JobRef): Promise<Blob> {
  return unwrap(
    client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/sources', {
      params: jobPath(ref),
      parseAs: 'blob',
    }),
  );
}

/**
 * Reads carry `null` for unset fields (the service serialises nulls); the spec types them as plain
 * strings, so a strict validator refuses them. Leaving them out means the same to the service
 * (a missing field is null after its JSON binding), so the job is sent without them.
 */
function withoutNulls<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v))) as T;
}

/** Field order differs between reads; compare by content. */
export function sameJob(a: DataJob, b: DataJob): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}
