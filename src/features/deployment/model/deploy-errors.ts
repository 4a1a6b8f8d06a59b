import { isApiError } from '@/api/errors';

/** A first sentence for the service's deploy rules (docs/api-reference.md §5), before its own what/why. */
export function deployErrorTitle(error: unknown, pythonVersion: string, supported: readonly string[]): string {
  if (!isApiError(error)) return 'Could not deploy';
  if (error.status === 409) {
    const list = supported.length ? ` It supports ${supported.join(', ')}.` : '';
    return `Python ${pythonVersion} is not supported by this Control Service.${list}`;
  }
  if (error.status === 400) return 'The Control Service refused this deployment';
  if (error.status === 404) return 'The job no longer exists in this team';
  return 'Could not deploy';
}

export function uploadErrorTitle(error: unknown): string {
  if (!isApiError(error)) return 'Could not upload the zip';
  if (error.status === 400)
    return 'The Control Service refused the zip (some files are not allowed, or it is not a job folder)';
  if (error.status === 413) return 'The zip is too large for the Control Service';
  if (error.status === 503)
    return 'The Control Service could not store the source right now (one of its systems is unavailable)';
  return 'Could not upload the zip';
}
