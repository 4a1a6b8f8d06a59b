import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { isApiError } from '@/api/errors';
import { jobMutations } from '@/api/jobs/mutations';

/** Creates a job in `team` (the form's current team); the job lists of that team and of all teams refresh. */
export function useCreateJob(team: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation(jobMutations.create(client, queryClient, team));
}

/**
 * The service's refusal, placed on the field it concerns: 409 means the name is taken (by any
 * team, and with an empty body); a 400 about the job name or team goes on that field.
 */
export function serviceFieldError(error: unknown, name: string): { name?: string; team?: string } | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 409) {
    return { name: `A job named “${name}” already exists (names are unique across all teams).` };
  }
  if (error.status !== 400) return undefined;
  const text = `${error.what ?? ''} ${error.why ?? ''}`;
  const detail = [error.what, error.why].filter(Boolean).join(' ');
  if (/job ?name|jobName|job_name/i.test(text)) return { name: detail };
  if (/team/i.test(text)) return { team: detail };
  return undefined;
}
