import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './harness.ts';

/** The four fields of `ErrorMessage`, in their order, as spec/vdk-api/ERRORS.md gives them word for word. */
function body(what: string, why: string, consequences: string, countermeasures: string) {
  return { what, why, consequences, countermeasures };
}

const JOB = '/data-jobs/for-team/analytics/jobs/ingest-sales';
const CANCELLED = 'API request to cancel Data Job Execution failed.';
const NAME_RULE =
  'starting with lowercase letter, only lowercase alphanumeric characters or dash and between 6 and 50 characters';
const EXTERNAL = [
  'The external system may be experiencing intermittent issues or there might be permanent misconfiguration or outage.',
  'The current API operation failed.',
  'Try the operation again in a few minutes and open a ticket to the SRE team if the problem persists.',
] as const;

describe('error bodies are the real exception texts, all four fields', () => {
  let emulator: TestEmulator;
  let finished: string;
  let running: string;
  const logged: string[] = [];
  const expectBody = (response: LightMyRequestResponse, status: number, expected: ReturnType<typeof body>) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(Object.keys(JSON.parse(response.body) as object)).toEqual([
      'what',
      'why',
      'consequences',
      'countermeasures',
    ]);
    expect(JSON.parse(response.body)).toEqual(expected);
  };

  beforeAll(async () => {
    emulator = await startTestEmulator({ scheduler: false, log: (line) => logged.push(line) });
    await emulator.createJob('analytics', 'ingest-sales');
    await emulator.createJob('analytics', 'never-deployed');
    await emulator.deploy('analytics', 'ingest-sales', { python_version: '3.9' });
    await emulator.send('POST', `${JOB}/deployments/release/executions`, {});
    finished = (JSON.parse((await emulator.get(`${JOB}/executions`)).body) as { id: string }[])[0]!.id;
    await emulator.send('DELETE', `${JOB}/executions/${finished}`);
    emulator.clock.advance(5_000);
    await emulator.send('POST', `${JOB}/deployments/release/executions`, {});
    running = (
      JSON.parse((await emulator.get(`${JOB}/executions?execution_status=submitted`)).body) as { id: string }[]
    )[0]!.id;
  });
  afterAll(async () => emulator.close());

  it('job, deployment and execution lookups', async () => {
    expectBody(
      await emulator.get('/data-jobs/for-team/analytics/jobs/no-such-job/executions'),
      404,
      body(
        "The Data Job 'no-such-job' does not exist.",
        'The Data Job must be existing.',
        'The Data Job will not be started.',
        'Provide a Data Job that already exists or create a new one and try again.',
      ),
    );
    expectBody(
      await emulator.send(
        'POST',
        '/data-jobs/for-team/analytics/jobs/never-deployed/deployments/release/executions',
        {},
      ),
      404,
      body(
        "The Data Job 'never-deployed' is not deployed.",
        'The Data Job must be deployed.',
        'Operation cannot complete since it expects the data job to have a deployment.',
        'Deploy the Data Job and try again.',
      ),
    );
    expectBody(
      await emulator.get(`${JOB}/executions/ingest-sales-42`),
      404,
      body(
        "The Data Job execution 'ingest-sales-42' does not exist.",
        'Likely the Data Job execution have not started or it has expired.',
        'The Data Job execution will not be returned.',
        'Provide a Data Job execution that already exists or trigger one and try again.',
      ),
    );
    expectBody(
      await emulator.send('POST', `${JOB}/deployments/release/executions`, {}),
      409,
      body(
        "The Data Job 'ingest-sales' is currently being executed.",
        'Simultaneous execution of the same Data Job are not allowed.',
        'The Data Job will not be started. The ongoing Data Job execution will continue to run.',
        'Wait for the current Data Job execution to complete or cancel it and try again.',
      ),
    );
    expectBody(
      await emulator.get(`${JOB}/executions?execution_status=RUNNING`),
      404,
      body(
        "The Execution Status 'RUNNING' is not valid.",
        'The Execution Status must be valid.',
        'The Data Job Execution(s) will not be returned.',
        'Provide a valid Execution Status. Valid statuses are: [submitted, running, succeeded, cancelled, skipped, user_error, platform_error].',
      ),
    );
  });

  it('cancel: one what and consequences, a why per reason', async () => {
    expectBody(
      await emulator.send('DELETE', `${JOB}/executions/${finished}`),
      400,
      body(
        `The Data Job execution '${finished}' cannot be cancelled.`,
        'Specified data job execution is not in running or submitted state.',
        CANCELLED,
        'List recent and/or current executions of the Data Job. Make sure you specify a valid execution in running or submitted state.',
      ),
    );
    expectBody(
      await emulator.send('DELETE', `${JOB}/executions/ingest-sales-42`),
      404,
      body(
        "The Data Job execution 'ingest-sales-42' cannot be cancelled.",
        'Specified data job execution does not exist.',
        CANCELLED,
        'The provided data job execution does not exist. Make sure the provided execution id is correct. List all data job executions of the data job and make sure you specify one that exists.',
      ),
    );
    // Another job's execution is not this job's: not found, and it keeps running.
    await emulator.deploy('analytics', 'never-deployed');
    const other = await emulator.send(
      'DELETE',
      `/data-jobs/for-team/analytics/jobs/never-deployed/executions/${running}`,
    );
    expect(JSON.parse(other.body)).toMatchObject({ why: 'Specified data job execution does not exist.' });
    expectBody(
      await emulator.send('DELETE', `/data-jobs/for-team/finance/jobs/ingest-sales/executions/${running}`),
      404,
      body(
        `The Data Job execution '${running}' cannot be cancelled.`,
        'Specified Data Job for Team does not exist.',
        CANCELLED,
        'Specified Data Job for Team must exist and be deployed to cancel one of its running executions. List data jobs that have been created in cloud and make sure you specify a valid data job and team.',
      ),
    );
  });

  it('ApiConstraintError for every rule of create, update and PATCH', async () => {
    const constraint = (
      param: string,
      rule: string,
      actual: string,
      countermeasures = `Provide value that is ${rule}.`,
    ) =>
      body(
        `Parameter ${param} is not valid.`,
        `It must be ${rule}, but was ${actual}.`,
        'API call fails with 400 BAD REQUEST.',
        countermeasures,
      );
    const create = (payload: object, query = '') =>
      emulator.send('POST', `/data-jobs/for-team/analytics/jobs${query}`, payload);
    expectBody(
      await create({ config: {} }),
      400,
      constraint('dataJob.jobName', 'missing or malformed data job name', 'null'),
    );
    expectBody(await create({ job_name: 'Bad_Name' }), 400, constraint('dataJob.jobName', NAME_RULE, 'Bad_Name'));
    expectBody(
      await create({ job_name: 'other-job' }, '?name=another-job'),
      400,
      constraint('dataJob.jobName', 'the same as the name in the request URL query parameter', 'other-job'),
    );
    expectBody(
      await create({ job_name: 'other-job', team: 'finance' }),
      400,
      constraint('dataJob.team', 'the same as the team name in the request URL query parameter', 'finance'),
    );
    expectBody(
      await emulator.send('PUT', JOB, { job_name: 'renamed-job', config: {} }),
      400,
      constraint('dataJob.jobName', 'the same as the name in the PUT request URL', 'renamed-job'),
    );
    expectBody(
      await emulator.send('PUT', JOB, { job_name: 'ingest-sales', team: 'finance', config: {} }),
      400,
      constraint(
        'dataJob.team',
        " 'analytics' as the team of an existing job cannot be changed through this API",
        'finance',
        "set the team to the correct value, or if you want to change the job's team, use the UpdateJobTeam API.",
      ),
    );
    expectBody(
      await emulator.send('PATCH', `${JOB}/deployments/release`, { job_version: 'v2' }),
      400,
      constraint(
        'job_version',
        'same as the current job version when using PATCH request.',
        'v2',
        'Use POST HTTP request to change job version.',
      ),
    );
    expectBody(
      await emulator.send('PATCH', `${JOB}/deployments/release`, { python_version: '3.10' }),
      400,
      constraint(
        'python_version',
        'same as the current python version -- 3.9 -- when using PATCH request.',
        '3.10',
        'Use POST HTTP request to change python version.',
      ),
    );
  });

  it('deployment validation, secrets, unreadable bodies and bugs', async () => {
    expectBody(
      await emulator.send('POST', '/data-jobs/for-team/analytics/jobs/no-such-job/deployments', {
        python_version: '2.7',
      }),
      409,
      body(
        "Not supported python version: '2.7'",
        'The selected python version is not supported by the platform.',
        'The deployment of the data job will not proceed. ',
        "To deploy the data job, please set the python_version property to one of the supported versions: '[3.9, 3.10, 3.11]'.",
      ),
    );
    expectBody(
      await emulator.send('POST', `${JOB}/deployments`, { resources: { cpu_limit: 2 } }),
      400,
      body(
        'The setting of job resources like CPU and memory is not allowed.',
        'The setting of job resources like CPU and memory is not supported by the platform.',
        'The deployment of the data job will not proceed.',
        'To deploy the data job, please do not configure job resources.',
      ),
    );
    expectBody(
      await emulator.get(`${JOB}/deployments/release/secrets`),
      501,
      body('Secrets encountered an error: Not Configured.', ...EXTERNAL),
    );
    expectBody(
      await emulator.request({
        method: 'POST',
        url: '/data-jobs/for-team/analytics/jobs',
        headers: { 'content-type': 'application/json' },
        payload: '{"job_name": ',
      }),
      400,
      expect.objectContaining({
        what: 'An issue with the JSON body of the request was found',
        consequences: 'The API call will fail with 400 BAD REQUEST.',
        countermeasures: 'Inspect your input and fix the problem.',
      }) as never,
    );
    expectBody(
      await emulator.get(`${JOB}/executions/${running}/logs?tail_lines=abc`),
      500,
      body(
        'A coding error (bug) was found.',
        `Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'; nested exception is java.lang.NumberFormatException: For input string: "abc"`,
        'This call with the current OpId will most likely fail.',
        'Inspect stack trace and either fix the problem or open a GitHub issue for it.',
      ),
    );
    const oauth = await emulator.get('/data-jobs/teams/analytics/oauth-credentials');
    expect([oauth.statusCode, oauth.body]).toEqual([501, '']);
  });

  it('an upload that is not a zip is the real file-system failure, the reason only in the log', async () => {
    const upload = await emulator.request({
      method: 'POST',
      url: `${JOB}/sources`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('not a zip'),
    });
    expectBody(
      upload,
      503,
      body(
        'Host container encountered an error: Operations on the file system failed while trying to handle deployment of job: ingest-sales.',
        ...EXTERNAL,
      ),
    );
    expect(logged.some((line) => line.includes('ingest-sales') && line.includes('not a readable ZIP'))).toBe(true);
  });

  it('secrets above the limit, with secrets on', async () => {
    const withSecrets = await startTestEmulator({ secrets: true });
    try {
      const big = await withSecrets.send('PUT', `${JOB}/deployments/release/secrets`, { key: 'x'.repeat(1024 * 1024) });
      expectBody(
        big,
        413,
        body(
          "Exception processing secrets for 'analytics/ingest-sales' data job.",
          'Secret size exceeds configured limit of:1048576',
          'Unable to process data job secrets.',
          'Try re-creating the data job secrets or contract the service operator',
        ),
      );
    } finally {
      await withSecrets.close();
    }
  });
});
