import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { idFromLocation, unwrap, type ApiClient } from '../client';
import { happened, holdsSent, notHappened, readIfExists, sameContent, sendConfirmed } from '../confirm-write';
import { isOutcomeUnknown } from '../write-outcome';
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

const readJob = (client: ApiClient, ref: JobRef) => () =>
  unwrap(client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}', { params: jobPath(ref) }));

export const jobMutations = {
  /** A lost answer is checked by reading the job: there with what was sent means it was created. */
  /**
   * `existed`: the service refused the name (409) and the job found holds what was sent. That is either this request's
   * own copy, resent by the browser after a lost reply, or a job that was there before with the same settings.
   */
  create: (client: ApiClient, queryClient: QueryClient, team: string) =>
    mutationOptions({
      mutationFn: (job: DataJob): Promise<{ name: string; existed: boolean }> => {
        const body = { ...job, team };
        return sendConfirmed({
          action: `creating the job ${job.job_name}`,
          howToCheck: `Search the job list of ${team} for ${job.job_name} before creating it again.`,
          send: async () => {
            const { response } = await client.rest.POST('/data-jobs/for-team/{team_name}/jobs', {
              params: { path: { team_name: team } },
              body,
            });
            return { name: idFromLocation(response) ?? job.job_name, existed: false };
          },
          replayStatuses: [409],
          check: async (failure) => {
            const found = await readIfExists(readJob(client, { team, job: job.job_name }));
            if (!found || !holdsSent(body, found)) return notHappened;
            return happened({ name: job.job_name, existed: failure.status === 409 });
          },
        });
      },
      onSuccess: () => invalidateJobLists(queryClient, team),
      onError: (error) => (isOutcomeUnknown(error) ? invalidateJobLists(queryClient, team) : undefined),
    }),

  /**
   * The service's PUT replaces the whole job, so we send the job as read plus the edits. To never
   * overwrite someone else's change silently, the job is read again first and must equal `original`.
   * A job that already is `next` was saved by an earlier attempt whose answer was lost: nothing is sent.
   */
  update: (client: ApiClient, queryClient: QueryClient, ref: JobRef) => {
    const refresh = () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.detail(ref) }),
        queryClient.invalidateQueries({ queryKey: jobKeys.summary(ref) }),
        invalidateJobLists(queryClient, ref.team),
      ]);
    return mutationOptions({
      mutationFn: async ({ original, next }: { original: DataJob; next: DataJob }) => {
        const current = await readJob(client, ref)();
        if (sameJob(current, next)) return next;
        if (!sameJob(current, original)) throw new EditConflictError(current);
        return sendConfirmed({
          action: `saving ${ref.job}`,
          howToCheck: `Reload the page: the job shows what the Control Service has. Saving again is safe, it checks first.`,
          send: async () => {
            await client.rest.PUT('/data-jobs/for-team/{team_name}/jobs/{job_name}', {
              params: jobPath(ref),
              body: withoutNulls(next),
            });
            return next;
          },
          check: async () => (sameJob(await readJob(client, ref)(), next) ? happened(next) : notHappened),
        });
      },
      onSuccess: (saved) => {
        queryClient.setQueryData(jobKeys.detail(ref), saved);
        return refresh();
      },
      onError: (error) => {
        if (error instanceof EditConflictError) queryClient.setQueryData(jobKeys.detail(ref), error.current);
        if (isOutcomeUnknown(error)) return refresh();
      },
    });
  },

  /** A lost answer is checked by reading the job: a 404 means it was deleted. */
  remove: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: () =>
        sendConfirmed({
          action: `deleting ${ref.job}`,
          howToCheck: `Search the job list of ${ref.team} for ${ref.job}: if it is still listed, it was not deleted.`,
          send: async () => {
            await client.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}', { params: jobPath(ref) });
          },
          // The job is gone either way, which is what the user asked for.
          replayStatuses: [404],
          check: async () => ((await readIfExists(readJob(client, ref))) ? notHappened : happened(undefined)),
        }),
      onError: (error) => (isOutcomeUnknown(error) ? invalidateJobLists(queryClient, ref.team) : undefined),
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

  /**
   * PUT replaces every property; `null` values are kept as JSON null by the service. A lost answer
   * is checked by reading the properties back.
   */
  updateProperties: (client: ApiClient, queryClient: QueryClient, ref: JobRef) =>
    mutationOptions({
      mutationFn: (properties: DataJobProperties) =>
        sendConfirmed({
          action: `saving the properties of ${ref.job}`,
          howToCheck: 'Reload the page: the properties show what the Control Service has.',
          send: async () => {
            await client.rest.PUT(
              '/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/properties',
              { params: deploymentPath(ref), body: properties },
            );
            return properties;
          },
          check: async () => {
            const stored = await unwrap(
              client.rest.GET(
                '/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments/{deployment_id}/properties',
                {
                  params: deploymentPath(ref),
                },
              ),
            );
            return sameContent(stored, properties) ? happened(properties) : notHappened;
          },
        }),
      onSuccess: (saved) => {
        queryClient.setQueryData(jobKeys.properties(ref), saved);
        return queryClient.invalidateQueries({ queryKey: jobKeys.properties(ref) });
      },
      onError: (error) =>
        isOutcomeUnknown(error) ? queryClient.invalidateQueries({ queryKey: jobKeys.properties(ref) }) : undefined,
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

/** Field order differs between reads, and an unset field is null in a read but left out when sent. */
export function sameJob(a: DataJob, b: DataJob): boolean {
  return sameContent(withoutNulls(a), withoutNulls(b));
}
