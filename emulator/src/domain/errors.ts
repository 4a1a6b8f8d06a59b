/** The body the real service sends for user-facing errors (`ErrorMessage`, property order kept). */
export interface VdkErrorBody {
  what: string;
  why: string;
  consequences: string;
  countermeasures: string;
}

/** A failure answered with the standard `{what, why, consequences, countermeasures}` body. */
export class VdkError extends Error {
  readonly status: number;
  readonly body: VdkErrorBody;

  constructor(status: number, body: VdkErrorBody) {
    super(body.what);
    this.status = status;
    this.body = body;
  }
}

/** A failure the real service answers with a bare status (`ResponseEntity.notFound().build()`…). */
export class EmptyError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

const reasonPhrase: Record<number, string> = {
  400: 'BAD REQUEST',
  404: 'NOT FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD TOO LARGE',
  500: 'INTERNAL SERVER ERROR',
  501: 'NOT IMPLEMENTED',
  503: 'SERVICE UNAVAILABLE',
};

function consequencesFor(status: number): string {
  return `API call fails with ${status} ${reasonPhrase[status] ?? ''}.`.replace(' .', '.');
}

export function vdkError(status: number, what: string, why: string, countermeasures: string): VdkError {
  return new VdkError(status, { what, why, consequences: consequencesFor(status), countermeasures });
}

export const errors = {
  notFound: () => new EmptyError(404),
  conflict: () => new EmptyError(409),
  jobNotFound: (job: string) =>
    vdkError(
      404,
      `The Data Job '${job}' does not exist.`,
      'The request refers to a data job that is not registered for this team.',
      'Check the job and team names, or create the data job first.',
    ),
  jobNotDeployed: (job: string) =>
    vdkError(
      404,
      `The Data Job '${job}' is not deployed.`,
      'The data job has no deployment.',
      'Deploy the data job first.',
    ),
  executionNotFound: (id: string) =>
    vdkError(
      404,
      `The Data Job execution '${id}' does not exist.`,
      'No execution with this id is stored; it may have been removed by retention (100 per job, 14 days).',
      'Check the execution id.',
    ),
  alreadyRunning: (job: string) =>
    vdkError(
      409,
      `The Data Job '${job}' is currently being executed.`,
      'Only one execution of a data job can run at a time.',
      'Wait for the current execution to finish or cancel it, then try again.',
    ),
  notCancellable: () =>
    vdkError(
      400,
      'Specified data job execution is not in running or submitted state.',
      'Only submitted or running executions can be cancelled.',
      'Refresh the execution status; a finished execution cannot be cancelled.',
    ),
  invalidExecutionStatus: (value: string) =>
    vdkError(
      404,
      `The Execution Status '${value}' is not valid.`,
      'The execution_status filter accepts only: submitted, running, succeeded, cancelled, skipped, user_error, platform_error.',
      'Use one of the lowercase execution status values.',
    ),
  constraint: (what: string, why: string, countermeasures: string) => vdkError(400, what, why, countermeasures),
  unreadableBody: (why: string) =>
    new VdkError(400, {
      what: 'An issue with the JSON body of the request was found',
      why,
      consequences: 'The API call will fail with 400 BAD REQUEST.',
      countermeasures: 'Inspect your input and fix the problem.',
    }),
  unsupportedPython: (version: string, supported: string[]) =>
    vdkError(
      409,
      `Not supported python version: '${version}'`,
      `The python version must be one of: ${supported.join(', ')}.`,
      'Use a python version listed by GET /data-jobs/for-team/{team}/info.',
    ),
  resourcesNotAllowed: () =>
    vdkError(
      400,
      'The setting of job resources like CPU and memory is not allowed.',
      'Resources are managed by the platform administrators.',
      'Remove the resources from the deployment request.',
    ),
  secretsNotConfigured: () =>
    vdkError(
      501,
      'Secrets encountered an error: Not Configured.',
      'The secrets storage (Vault) integration is not enabled on this Control Service.',
      'Ask the operators to enable Vault, or start the emulator with --secrets.',
    ),
  secretsTooLarge: (limit: number) =>
    vdkError(
      413,
      'The secrets payload is too large.',
      `Secrets of a data job must not exceed ${limit} bytes.`,
      'Store fewer or smaller secrets.',
    ),
  bug: (why: string) =>
    vdkError(500, 'A coding error (bug) was found.', why, 'Report the problem to the Control Service operators.'),
};
