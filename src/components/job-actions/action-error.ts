import { isApiError } from '@/api/errors';

export interface ActionErrorText {
  title: string;
  detail?: string;
}

/**
 * What went wrong with a job action, said plainly. The service's own words come first where it
 * has any; the case a data engineer meets daily (no access) get a sentence
 * that says what to do next, because the service sends some of them with an empty body.
 */
export function describeActionError(error: unknown, action: string): ActionErrorText {
  if (!isApiError(error)) {
    return { title: `Could not ${action}.`, detail: error instanceof Error ? error.message : undefined };
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
