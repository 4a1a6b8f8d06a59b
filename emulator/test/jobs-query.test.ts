import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator, type TestEmulator } from './harness.ts';

interface Envelope<T = Record<string, unknown>> {
  errors: { message: string }[];
  data: { content: T[] | null; totalItems: number; totalPages: number } | null;
}

let emulator: TestEmulator;

/** Runs a query and returns status and envelope. */
async function query<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) {
  const response = await emulator.graphql(document, variables);
  return { status: response.statusCode, body: json<Envelope<T>>(response) };
}

async function names(filter: unknown[], extraSelection = '', search?: string, pageSize = 50) {
  const { status, body } = await query<{ jobName: string }>(
    `query($filter:[Predicate],$search:String,$size:Int){jobs(pageNumber:1,pageSize:$size,filter:$filter,search:$search){content{jobName ${extraSelection}} totalItems totalPages}}`,
    { filter, search, size: pageSize },
  );
  expect(body.errors).toEqual([]);
  expect(status).toBe(200);
  return body.data!.content!.map((job) => job.jobName);
}

async function runToCompletion(team: string, job: string) {
  const started = await emulator.send(
    'POST',
    `/data-jobs/for-team/${team}/jobs/${job}/deployments/release/executions`,
    {},
  );
  expect(started.statusCode).toBe(202);
  emulator.clock.advance(30 * 60_000);
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  await emulator.createJob('analytics', 'ingest-sales', {
    schedule: { schedule_cron: '0 */2 * * *' },
    contacts: { notified_on_job_success: ['a@x.com'] },
  });
  await emulator.createJob('analytics', 'import-starshot-sql', { schedule: { schedule_cron: '0 0 * * *' } });
  await emulator.createJob('analytics', 'starshot');
  await emulator.createJob('analytics-eu', 'build-reports');
  await emulator.createJob('finance', 'load-invoices', { schedule: { schedule_cron: 'not a cron' } });
  await emulator.createJob('finance', 'reconcile-payments');
  await emulator.send('PUT', '/data-jobs/for-team/finance/jobs/reconcile-payments', {
    job_name: 'reconcile-payments',
    description: 'Matches PAYMENTS with invoices',
    config: {},
  });
  await emulator.deploy('analytics', 'ingest-sales', { python_version: '3.10' });
  await emulator.deploy('finance', 'load-invoices');
  await emulator.deploy('finance', 'reconcile-payments');
  await emulator.send('PATCH', '/data-jobs/for-team/finance/jobs/reconcile-payments/deployments/release', {
    enabled: false,
  });
  await runToCompletion('finance', 'load-invoices');
  await runToCompletion('analytics', 'ingest-sales');
  await runToCompletion('analytics', 'ingest-sales');
});
afterAll(async () => {
  await emulator.close();
});

describe('jobs query envelope', () => {
  it('runs the default query when none is given and ignores {team}', async () => {
    const response = await emulator.get('/data-jobs/for-team/nobody/jobs');
    expect(response.statusCode).toBe(200);
    const body = json<Envelope<{ jobName: string; config: Record<string, unknown> }>>(response);
    expect(body.errors).toEqual([]);
    expect(body.data!.totalItems).toBe(6);
    expect(body.data!.totalPages).toBe(1);
    expect(body.data!.content![0]).toEqual({
      jobName: 'build-reports',
      config: { team: 'analytics-eu', description: 'Job build-reports', schedule: { scheduleCron: null } },
    });
  });

  it('flattens the page into data and reports 0 totals that were not selected', async () => {
    const { body } = await query('{jobs(pageNumber:1,pageSize:2){content{jobName}}}');
    expect(body).toEqual({
      errors: [],
      data: {
        content: [{ jobName: 'build-reports' }, { jobName: 'import-starshot-sql' }],
        totalItems: 0,
        totalPages: 0,
      },
    });
    const onlyTotals = await query('{jobs(pageNumber:1,pageSize:2){totalItems}}');
    expect(onlyTotals.body.data).toEqual({ content: null, totalItems: 6, totalPages: 0 });
  });

  it('answers one un-aliased root field a request: an alias finds nothing, jobs wins over executions', async () => {
    const aliased = await query('{failed: executions(pageNumber:1,pageSize:1){totalItems}}');
    expect(aliased).toEqual({ status: 200, body: { errors: [], data: null } });
    const both = await query(
      '{executions(pageNumber:1,pageSize:1){totalItems} jobs(pageNumber:1,pageSize:1){content{jobName} totalItems}}',
    );
    expect(both.body.data).toEqual({ content: [{ jobName: 'build-reports' }], totalItems: 6, totalPages: 0 });
  });

  it('computes totalPages as (totalItems - 1) / pageSize + 1 in integer division', async () => {
    const page = async (size: number, filter: unknown[] = []) =>
      (
        await query(`query($f:[Predicate]){jobs(pageNumber:1,pageSize:${size},filter:$f){totalItems totalPages}}`, {
          f: filter,
        })
      ).body.data;
    expect(await page(4)).toEqual({ content: null, totalItems: 6, totalPages: 2 });
    expect(await page(3)).toEqual({ content: null, totalItems: 6, totalPages: 2 });
    const none = [{ property: 'jobName', pattern: 'no-such-job' }];
    expect(await page(20, none)).toEqual({ content: null, totalItems: 0, totalPages: 1 });
    expect(await page(1, none)).toEqual({ content: null, totalItems: 0, totalPages: 0 });
  });

  it('answers 200 with an empty page past the end', async () => {
    const { status, body } = await query('{jobs(pageNumber:9,pageSize:5){content{jobName}}}');
    expect(status).toBe(200);
    expect(body.data!.content).toEqual([]);
  });

  it.each([
    ['pageNumber omitted (schema default 0)', '{jobs(pageSize:5){content{jobName}}}', 'Page cannot be less than 1'],
    ['pageNumber 0', '{jobs(pageNumber:0,pageSize:5){content{jobName}}}', 'Page cannot be less than 1'],
    ['pageSize 0', '{jobs(pageNumber:1,pageSize:0){content{jobName}}}', 'Page size cannot be less than 1'],
    [
      'an unknown filter property',
      '{jobs(pageNumber:1,filter:[{property:"owner",pattern:"x"}]){content{jobName}}}',
      'Provided filter for owner is either not valid',
    ],
    [
      'a predicate without pattern and sort',
      '{jobs(pageNumber:1,filter:[{property:"jobName"}]){content{jobName}}}',
      'Provided filter for jobName',
    ],
    [
      'a filter on deployments.executions',
      '{jobs(pageNumber:1,filter:[{property:"deployments.executions",pattern:"x"}]){content{jobName}}}',
      'not valid',
    ],
    ['an unknown field', '{jobs(pageNumber:1){content{someField}}}', 'someField'],
    ['a syntax error', '{jobs(pageNumber:1){content{jobName}', 'Syntax Error'],
    [
      'an invalid team regex',
      '{jobs(pageNumber:1,filter:[{property:"config.team",pattern:"(ana"}]){content{jobName}}}',
      'PatternSyntaxException',
    ],
  ])('answers 400 with errors[].message for %s', async (_case, document, message) => {
    const { status, body } = await query(document);
    expect(status).toBe(400);
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors[0]!.message).toContain(message);
  });

  it('picks the operation named by operation_name', async () => {
    const response = await emulator.request({
      method: 'GET',
      url: '/data-jobs/for-team/x/jobs',
      query: {
        query:
          'query a {jobs(pageNumber:1,pageSize:1){totalItems}} query b {jobs(pageNumber:1,pageSize:2){totalItems totalPages}}',
        operation_name: '"b"',
      },
    });
    expect(json<Envelope>(response).data).toEqual({ content: null, totalItems: 6, totalPages: 3 });
  });

  it('answers 400 for variables that are not a JSON object', async () => {
    const response = await emulator.request({
      method: 'GET',
      url: '/data-jobs/for-team/x/jobs',
      query: { query: '{jobs(pageNumber:1){totalItems}}', variables: '{bad' },
    });
    expect(response.statusCode).toBe(400);
    expect(json<Envelope>(response).errors[0]!.message).toContain('variables');
  });
});

describe('jobs filters, sort and search', () => {
  it('matches jobName exactly (case-insensitive) or by * wildcard, never by "contains"', async () => {
    expect(await names([{ property: 'jobName', pattern: 'starshot' }])).toEqual(['starshot']);
    expect(await names([{ property: 'jobName', pattern: 'STARSHOT' }])).toEqual(['starshot']);
    expect(await names([{ property: 'jobName', pattern: '*starshot*' }])).toEqual(['import-starshot-sql', 'starshot']);
    expect(await names([{ property: 'JOBNAME', pattern: 'load-?nvoices' }])).toEqual([]);
    expect(await names([{ property: 'jobName', pattern: 'load-?nvoices*' }])).toEqual(['load-invoices']);
  });

  it('treats the team pattern as a regex with % wildcards, case-insensitive', async () => {
    expect(await names([{ property: 'config.team', pattern: 'analytics' }])).toEqual([
      'import-starshot-sql',
      'ingest-sales',
      'starshot',
    ]);
    expect(await names([{ property: 'config.team', pattern: 'ANALYTICS' }])).toHaveLength(3);
    expect(await names([{ property: 'config.team', pattern: '%ana%' }])).toHaveLength(4);
    expect(await names([{ property: 'config.team', pattern: 'analytics.*' }])).toHaveLength(4);
    expect(await names([{ property: 'config.team', pattern: '%nance' }])).toEqual([
      'load-invoices',
      'reconcile-payments',
    ]);
  });

  it('matches the description by contains, ignoring case', async () => {
    expect(await names([{ property: 'config.description', pattern: 'payments WITH' }])).toEqual(['reconcile-payments']);
  });

  it('sees deployments in filters only when deployments are selected', async () => {
    const notDeployed = [{ property: 'deployments.enabled', pattern: 'not_deployed' }];
    expect(await names(notDeployed)).toHaveLength(6);
    expect(await names(notDeployed, 'deployments{enabled}')).toEqual([
      'build-reports',
      'import-starshot-sql',
      'starshot',
    ]);
    expect(await names([{ property: 'deployments.enabled', pattern: 'DISABLED' }], 'deployments{enabled}')).toEqual([
      'reconcile-payments',
    ]);
    expect(await names([{ property: 'deployments.enabled', pattern: 'enabled' }], 'deployments{id}')).toEqual([
      'ingest-sales',
      'load-invoices',
    ]);
    expect(await names([{ property: 'deployments.enabled', pattern: 'enabled' }])).toEqual([]);
  });

  it('filters the last execution status by the exact lowercase value', async () => {
    const selection = 'deployments{lastExecutionStatus}';
    const statuses = await query<{ jobName: string; deployments: { lastExecutionStatus: string }[] }>(
      `{jobs(pageNumber:1,filter:[{property:"jobName",pattern:"ingest-sales"}]){content{jobName ${selection}}}}`,
    );
    const status = statuses.body.data!.content![0]!.deployments[0]!.lastExecutionStatus;
    expect(status).toMatch(/^[A-Z_]+$/);
    expect(
      await names([{ property: 'deployments.lastExecutionStatus', pattern: status.toLowerCase() }], selection),
    ).toContain('ingest-sales');
    expect(await names([{ property: 'deployments.lastExecutionStatus', pattern: status }], selection)).toEqual([]);
  });

  it('lets the last predicate with a sort win, and sorts last execution time DESC with nulls last', async () => {
    const lastWins = await names([
      { property: 'config.team', pattern: '%', sort: 'DESC' },
      { property: 'jobName', sort: 'DESC' },
    ]);
    expect(lastWins).toEqual([
      'starshot',
      'reconcile-payments',
      'load-invoices',
      'ingest-sales',
      'import-starshot-sql',
      'build-reports',
    ]);
    const byTime = await names(
      [{ property: 'deployments.lastExecutionTime', sort: 'DESC' }],
      'deployments{lastExecutionTime}',
    );
    expect(byTime.slice(0, 2)).toEqual(['ingest-sales', 'load-invoices']);
    const ascending = await names(
      [{ property: 'deployments.lastExecutionTime', sort: 'ASC' }],
      'deployments{lastExecutionTime}',
    );
    expect(ascending.slice(-2)).toEqual(['load-invoices', 'ingest-sales']);
  });

  it('fails a python-version sort while any listed job is undeployed', async () => {
    const { status } = await query(
      '{jobs(pageNumber:1,filter:[{property:"deployments.jobPythonVersion",sort:ASC}]){content{jobName deployments{id}}}}',
    );
    expect(status).toBe(400);
    const deployedOnly = await names(
      [
        { property: 'deployments.enabled', pattern: 'enabled' },
        { property: 'deployments.jobPythonVersion', sort: 'DESC' },
      ],
      'deployments{jobPythonVersion}',
    );
    // Java String order: "3.9" > "3.10".
    expect(deployedOnly).toEqual(['load-invoices', 'ingest-sales']);
  });

  it('searches only the selected fields', async () => {
    expect(await names([], '', 'invoices')).toEqual(['load-invoices']);
    expect(await names([], '', 'finance')).toEqual([]);
    expect(await names([], 'config{team}', 'FINANCE')).toEqual(['load-invoices', 'reconcile-payments']);
    expect(await names([], 'deployments{enabled}', 'disabled')).toEqual(['reconcile-payments']);
    expect(await names([{ property: 'config.team', pattern: 'finance' }], 'config{team}', 'load')).toEqual([
      'load-invoices',
    ]);
    expect(await names([], '', '   ')).toHaveLength(6);
  });

  it('rejects identical duplicate predicates', async () => {
    const { status } = await query(
      '{jobs(pageNumber:1,filter:[{property:"jobName",pattern:"a"},{property:"jobName",pattern:"a"}]){content{jobName}}}',
    );
    expect(status).toBe(400);
  });
});

describe('job fields', () => {
  it('returns deployments null for undeployed jobs and the K8S-mode deployment values otherwise', async () => {
    const { body } = await query<Record<string, unknown>>(
      `{jobs(pageNumber:1,pageSize:10,filter:[{property:"jobName",pattern:"*s*"}]){content{jobName config{schedule{scheduleCron nextRunEpochSeconds} contacts{notifiedOnJobSuccess notifiedOnJobDeploy} generateKeytab logsUrl}
        deployments{id enabled jobVersion jobPythonVersion mode status contacts{notifiedOnJobSuccess} schedule{scheduleCron nextRunEpochSeconds} lastDeployedDate lastExecutionStatus lastExecutionDuration successfulExecutions failedExecutions}}}}`,
    );
    const byName = Object.fromEntries(body.data!.content!.map((job) => [job.jobName, job]));
    expect(byName.starshot!.deployments).toBeNull();
    const sales = byName['ingest-sales'] as { config: Record<string, unknown>; deployments: Record<string, unknown>[] };
    expect(sales.config).toEqual({
      schedule: { scheduleCron: '0 */2 * * *', nextRunEpochSeconds: expect.any(Number) as number },
      contacts: { notifiedOnJobSuccess: ['a@x.com'], notifiedOnJobDeploy: [] },
      generateKeytab: true,
      logsUrl: null,
    });
    const nextRun = (sales.config.schedule as { nextRunEpochSeconds: number }).nextRunEpochSeconds;
    expect(nextRun % 7200).toBe(0);
    expect(nextRun * 1000).toBeGreaterThan(emulator.clock.now());
    const [deployment] = sales.deployments;
    expect(deployment).toMatchObject({
      id: 'ingest-sales',
      enabled: true,
      jobVersion: 'f00dbabe',
      jobPythonVersion: '3.10',
      mode: 'release',
      status: null,
      contacts: { notifiedOnJobSuccess: null },
      schedule: { scheduleCron: null, nextRunEpochSeconds: 0 },
    });
    expect(deployment!.lastDeployedDate).toMatch(/^2025-05-13T10:00Z$/);
    const stored = json<{ status: string }[]>(
      await emulator.get('/data-jobs/for-team/analytics/jobs/ingest-sales/executions'),
    );
    const count = (...statuses: string[]) => stored.filter((execution) => statuses.includes(execution.status)).length;
    expect(stored).toHaveLength(2);
    expect(deployment!.successfulExecutions).toBe(count('succeeded'));
    expect(deployment!.failedExecutions).toBe(count('user_error', 'platform_error'));
    const invalidCron = await query<{ config: { schedule: { nextRunEpochSeconds: number } } }>(
      '{jobs(pageNumber:1,filter:[{property:"jobName",pattern:"load-invoices"}]){content{config{schedule{nextRunEpochSeconds}}}}}',
    );
    expect(invalidCron.body.data!.content![0]!.config.schedule.nextRunEpochSeconds).toBe(-1);
  });

  it('pages nested executions with uppercase enums and Java date strings', async () => {
    const { body } = await query<{ deployments: { executions: Record<string, unknown>[] }[] }>(
      '{jobs(pageNumber:1,filter:[{property:"jobName",pattern:"ingest-sales"}]){content{deployments{executions(pageNumber:1,pageSize:1,order:{property:"startTime",direction:DESC}){id type status startTime endTime startedBy logsUrl deployment{id mode enabled jobPythonVersion}}}}}}',
    );
    const executions = body.data!.content![0]!.deployments[0]!.executions;
    expect(executions).toHaveLength(1);
    expect(executions[0]).toMatchObject({
      type: 'MANUAL',
      status: expect.stringMatching(/^(SUCCEEDED|USER_ERROR|PLATFORM_ERROR|SKIPPED)$/) as string,
      startTime: '2025-05-13T11:00Z',
      startedBy: null,
      logsUrl: '',
      deployment: { id: 'release', mode: 'release', enabled: true, jobPythonVersion: null },
    });
    expect(executions[0]!.id).toBe(`ingest-sales-${Date.parse('2025-05-13T11:00:00Z') / 1000}`);
  });

  it.each([
    ['only pageNumber', 'executions(pageNumber:1){id}', 'Executions field must contain pageSize'],
    ['only pageSize', 'executions(pageSize:1){id}', 'Executions field must contain pageNumber'],
    [
      'an order property outside the whitelist',
      'executions(order:{property:"deployedDate",direction:ASC}){id}',
      'order.property must be in [',
    ],
    ['an order without direction', 'executions(order:{property:"startTime"}){id}', 'must contain order.direction'],
    [
      'jobNameIn',
      'executions(filter:{jobNameIn:["x"]}){id}',
      'The jobNameIn filter is not supported for nested executions',
    ],
    ['a list as filter', 'executions(filter:[{teamNameIn:["x"]}]){id}', 'DataJobExecutionFilter'],
  ])('rejects nested executions with %s', async (_case, selection, message) => {
    const { status, body } = await query(`{jobs(pageNumber:1){content{deployments{${selection}}}}}`);
    expect(status).toBe(400);
    expect(body.errors.map((error) => error.message).join('\n')).toContain(message);
  });
});

describe('executions root', () => {
  it('spans all teams unless teamNameIn is given, with Spring paging totals', async () => {
    const all = await query(
      '{executions(pageNumber:1,pageSize:2,order:{property:"startTime",direction:DESC}){content{id jobName} totalItems totalPages}}',
    );
    expect(all.body.data!.totalItems).toBe(3);
    expect(all.body.data!.totalPages).toBe(2);
    expect(all.body.data!.content).toHaveLength(2);
    const finance = await query(
      '{executions(filter:{teamNameIn:["finance"]}){content{jobName} totalItems totalPages}}',
    );
    expect(finance.body.data).toEqual({ content: [{ jobName: 'load-invoices' }], totalItems: 1, totalPages: 1 });
    const empty = await query(
      '{executions(pageNumber:1,pageSize:5,filter:{teamNameIn:["nobody"]}){totalItems totalPages}}',
    );
    expect(empty.body.data).toEqual({ content: null, totalItems: 0, totalPages: 0 });
  });

  it('filters by uppercase statusIn, job names and inclusive RFC 3339 time bounds', async () => {
    const { body } = await query<{ status: string }>(
      'query($f:DataJobExecutionFilter){executions(filter:$f){content{status} totalItems}}',
      {
        f: {
          statusIn: ['SUCCEEDED', 'USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'],
          jobNameIn: ['ingest-sales'],
          startTimeGte: '2025-05-13T11:00:00Z',
          startTimeLte: '2025-05-13T13:00:00+02:00',
        },
      },
    );
    expect(body.data!.totalItems).toBe(1);
    const badDate = await query('{executions(filter:{startTimeGte:"2025-05-13"}){totalItems}}');
    expect(badDate.status).toBe(400);
    const lowercase = await query('{executions(filter:{statusIn:[succeeded]}){totalItems}}');
    expect(lowercase.status).toBe(400);
  });

  it('pages through any order as the unpaged list runs, nulls where PostgreSQL puts them', async () => {
    for (const order of ['{property:"message",direction:ASC}', '{property:"jobTeam",direction:DESC}']) {
      const whole = await query<{ id: string }>(`{executions(order:${order}){content{id}}}`);
      const ids = whole.body.data!.content!.map((execution) => execution.id);
      const paged: string[] = [];
      for (let page = 1; page <= ids.length; page++) {
        const { body } = await query<{ id: string }>(
          `{executions(pageNumber:${page},pageSize:1,order:${order}){content{id}}}`,
        );
        paged.push(...body.data!.content!.map((execution) => execution.id));
      }
      expect(ids.length).toBeGreaterThan(1);
      expect(paged).toEqual(ids);
    }
  });

  it('orders by the DB codes of status and type', async () => {
    const { body } = await query<{ type: string }>(
      '{executions(order:{property:"type",direction:DESC}){content{type}}}',
    );
    expect(body.data!.content!.map((execution) => execution.type)).toEqual(['MANUAL', 'MANUAL', 'MANUAL']);
  });

  it("counts a team's runs going on alone and among finished ones", async () => {
    const count = async (statusIn: string[]) => {
      const { body } = await query(
        'query($f:DataJobExecutionFilter){executions(pageNumber:1,pageSize:1,filter:$f){totalItems}}',
        {
          f: { statusIn, teamNameIn: ['analytics'] },
        },
      );
      return body.data!.totalItems;
    };
    const finished = await count(['SUCCEEDED', 'USER_ERROR', 'PLATFORM_ERROR']);
    expect(finished).toBeGreaterThan(0);
    const started = await emulator.send(
      'POST',
      '/data-jobs/for-team/analytics/jobs/ingest-sales/deployments/release/executions',
      {},
    );
    expect(started.statusCode).toBe(202);
    expect(await count(['SUBMITTED', 'RUNNING'])).toBe(1);
    expect(await count(['RUNNING', 'SUCCEEDED', 'USER_ERROR', 'PLATFORM_ERROR'])).toBe(
      finished + (await count(['RUNNING'])),
    );
  });
});
