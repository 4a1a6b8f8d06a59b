import { isApiError } from '@/api/errors';

export interface ActionErrorText {
  title: string;
  detail?: string;
}

/**
 * What went wrong with a job action, said plainly. The service's own words come first where it
 * has any; the cases a data engineer meets daily (already running, no access) get a sentence
 * that says what to do next, because the service sends some of them with an empty body.
 */
export function describeActionError(
  error: unknown,
  action: string,
  kind: 'start' | 'change' = 'change',
): ActionErrorText {
  if (!isApiError(error)) {
    return { title: `Could not ${action}.`, detail: error instanceof Error ? error.message : undefined };
  }
  if (error.status === 409 && kind === 'start') {
    return {
      title: 'Already executing.',
      detail: `${error.what ?? 'The job has an execution submitted or running.'} Wait for it to finish, or cancel it, then try again.`,
    };
  }
  if (error.status === 403) {
    return {
      title: `No access: you are not allowed to ${action}.`,
      detail: error.what ?? error.text ?? 'Ask an owner of the job’s team for access.',
    };
  }
  const why = error.why ? ` ${error.why}` : '';
  return { title: `Could not ${action}.`, detail: `${error.message}${why}` };
}
