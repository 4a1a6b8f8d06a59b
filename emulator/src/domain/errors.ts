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

/** `ApiConstraintError`: a request value that breaks a rule of the API (400). */
export function constraintError(
  param: string,
  constraint: string,
  actual: unknown,
  countermeasures = `Provide value that is ${constraint}.`,
): VdkError {
  return new VdkError(400, {
    what: `Parameter ${param} is not valid.`,
    why: `It must be ${constraint}, but was ${actual === undefined ? 'null' : String(actual)}.`,
    consequences: 'API call fails with 400 BAD REQUEST.',
    countermeasures,
  });
}

/** `ExternalSystemError` and its subclasses (503): `{System} encountered an error: {description}.` */
export function externalSystemError(system: string, description: string, status = 503): VdkError {
  return new VdkError(status, {
    what: `${system} encountered an error: ${description}.`,
    why: 'The external system may be experiencing intermittent issues or there might be permanent misconfiguration or outage.',
    consequences: 'The current API operation failed.',
    countermeasures:
      'Try the operation again in a few minutes and open a ticket to the SRE team if the problem persists.',
  });
}

/** `DataJobExecutionCannotBeCancelledException`: one what and consequences, a why per reason. */
function cannotCancel(status: number, id: string, why: string, countermeasures: string): VdkError {
  return new VdkError(status, {
    what: `The Data Job execution '${id}' cannot be cancelled.`,
    why,
    consequences: 'API request to cancel Data Job Execution failed.',
    countermeasures,
  });
}

/** `InvalidJobUpload` (400): the real upload validation's template; `detail` completes its why. */
export function invalidUpload(jobName: string, detail: string, countermeasures: string): VdkError {
  return new VdkError(400, {
    what: `The Data Job '${jobName}' upload is invalid .`,
    why: `Data Job content validation failed because ${detail}`,
    consequences: 'The Data Job will not be uploaded. ',
    countermeasures,
  });
}

const EXECUTION_STATUSES = 'submitted, running, succeeded, cancelled, skipped, user_error, platform_error';

/**
 * Every error body the emulator answers, word for word as the real exception classes build them
 * (spec/vdk-api/ERRORS.md). Emulator-specific advice goes to the log, never into a body.
 */
export const errors = {
  notFound: () => new EmptyError(404),
  conflict: () => new EmptyError(409),
  jobNotFound: (job: string) =>
    new VdkError(404, {
      what: `The Data Job '${job}' does not exist.`,
      why: 'The Data Job must be existing.',
      consequences: 'The Data Job will not be started.',
      countermeasures: 'Provide a Data Job that already exists or create a new one and try again.',
    }),
  jobNotDeployed: (job: string) =>
    new VdkError(404, {
      what: `The Data Job '${job}' is not deployed.`,
      why: 'The Data Job must be deployed.',
      consequences: 'Operation cannot complete since it expects the data job to have a deployment.',
      countermeasures: 'Deploy the Data Job and try again.',
    }),
  executionNotFound: (id: string) =>
    new VdkError(404, {
      what: `The Data Job execution '${id}' does not exist.`,
      why: 'Likely the Data Job execution have not started or it has expired.',
      consequences: 'The Data Job execution will not be returned.',
      countermeasures: 'Provide a Data Job execution that already exists or trigger one and try again.',
    }),
  alreadyRunning: (job: string) =>
    new VdkError(409, {
      what: `The Data Job '${job}' is currently being executed.`,
      why: 'Simultaneous execution of the same Data Job are not allowed.',
      consequences: 'The Data Job will not be started. The ongoing Data Job execution will continue to run.',
      countermeasures: 'Wait for the current Data Job execution to complete or cancel it and try again.',
    }),
  cancelJobNotFound: (id: string) =>
    cannotCancel(
      404,
      id,
      'Specified Data Job for Team does not exist.',
      'Specified Data Job for Team must exist and be deployed to cancel one of its running executions. List data jobs that have been created in cloud and make sure you specify a valid data job and team.',
    ),
  cancelExecutionNotFound: (id: string) =>
    cannotCancel(
      404,
      id,
      'Specified data job execution does not exist.',
      'The provided data job execution does not exist. Make sure the provided execution id is correct. List all data job executions of the data job and make sure you specify one that exists.',
    ),
  cancelNotRunning: (id: string) =>
    cannotCancel(
      400,
      id,
      'Specified data job execution is not in running or submitted state.',
      'List recent and/or current executions of the Data Job. Make sure you specify a valid execution in running or submitted state.',
    ),
  invalidExecutionStatus: (value: string) =>
    new VdkError(404, {
      what: `The Execution Status '${value}' is not valid.`,
      why: 'The Execution Status must be valid.',
      consequences: 'The Data Job Execution(s) will not be returned.',
      countermeasures: `Provide a valid Execution Status. Valid statuses are: [${EXECUTION_STATUSES}].`,
    }),
  unreadableBody: (why: string) =>
    new VdkError(400, {
      what: 'An issue with the JSON body of the request was found',
      why,
      consequences: 'The API call will fail with 400 BAD REQUEST.',
      countermeasures: 'Inspect your input and fix the problem.',
    }),
  unsupportedPython: (version: string, supported: readonly string[]) =>
    new VdkError(409, {
      what: `Not supported python version: '${version}'`,
      why: 'The selected python version is not supported by the platform.',
      consequences: 'The deployment of the data job will not proceed. ',
      countermeasures: `To deploy the data job, please set the python_version property to one of the supported versions: '[${supported.join(', ')}]'.`,
    }),
  resourcesNotAllowed: () =>
    new VdkError(400, {
      what: 'The setting of job resources like CPU and memory is not allowed.',
      why: 'The setting of job resources like CPU and memory is not supported by the platform.',
      consequences: 'The deployment of the data job will not proceed.',
      countermeasures: 'To deploy the data job, please do not configure job resources.',
    }),
  secretsNotConfigured: () => externalSystemError('Secrets', 'Not Configured', 501),
  secretsTooLarge: (team: string, job: string, limit: number) =>
    new VdkError(413, {
      what: `Exception processing secrets for '${team}/${job}' data job.`,
      why: `Secret size exceeds configured limit of:${limit}`,
      consequences: 'Unable to process data job secrets.',
      countermeasures: 'Try re-creating the data job secrets or contract the service operator',
    }),
  bug: (why: string) =>
    new VdkError(500, {
      what: 'A coding error (bug) was found.',
      why,
      consequences: 'This call with the current OpId will most likely fail.',
      countermeasures: 'Inspect stack trace and either fix the problem or open a GitHub issue for it.',
    }),
};
