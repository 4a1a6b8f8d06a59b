import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import { holdsSent, WriteNotDoneError } from './confirm-write';
import { isOutcomeUnknown, type WriteOutcomeUnknownError } from './write-outcome';
import { deploymentMutations } from './deployments/mutations';
import { ApiError } from './errors';
import { executionMutations } from './executions/mutations';
import { executionKeys } from './executions/keys';
import { jobMutations } from './jobs/mutations';
import type { DataJob } from './types';

const BASE = 'http://cs.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TEAM = 'analytics';
const REF = { team: TEAM, job: 'ingest-sales' };
const JOBS = `${BASE}/data-jobs/for-team/${TEAM}/jobs`;
const JOB = `${JOBS}/ingest-sales`;
const EXECUTIONS = `${JOB}/executions`;
const START = `${JOB}/deployments/default/executions`;
const DEPLOYMENT = `${JOB}/deployments/default`;

const newJob: DataJob = {
  job_name: 'ingest-sales',
  team: TEAM,
  description: 'Loads sales',
  config: {
    schedule: { schedule_cron: '0 2 * * *' },
    contacts: { notified_on_job_failure_user_error: [] },
    generate_keytab: true,
    enable_execution_notifications: true,
    notification_delay_period_minutes: 240,
  },
};

/** What the service answers for the job after creating it: nulls and fields nobody sent. */
const storedJob = {
  ...newJob,
  config: {
    ...newJob.config,
    contacts: { notified_on_job_failure_user_error: null },
    db_default_type: null,
  },
};

function setup(timeoutMs?: number) {
  return { client: createApiClient({ baseUrl: BASE, timeoutMs }), queryClient: new QueryClient() };
}

/** Runs a mutation's function the way TanStack Query does, without a component. */
function run<TData, TVariables>(options: { mutationFn?: (v: TVariables, c: never) => Promise<TData> }, v: TVariables) {
  return options.mutationFn!(v, {} as never);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

describe('a create whose answer is lost', () => {
  it('is reported as created when the job is there with what was sent, and sent once', async () => {
    let posts = 0;
    server.use(
      http.post(JOBS, () => {
        posts += 1;
        return HttpResponse.error();
      }),
      http.get(JOB, () => HttpResponse.json(storedJob)),
    );
    const { client, queryClient } = setup();
    await expect(run(jobMutations.create(client, queryClient, TEAM), newJob)).resolves.toEqual({
      name: 'ingest-sales',
      existed: false,
    });
    expect(posts).toBe(1);
  });

  it('says trying again is safe when the job is not there (404), keeping the failure’s facts', async () => {
    server.use(
      http.post(JOBS, () => new HttpResponse(null, { status: 504 })),
      http.get(JOB, () => new HttpResponse(null, { status: 404 })),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob));
    expect(error).toBeInstanceOf(WriteNotDoneError);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(504);
    expect((error as ApiError).opId).toMatch(/^vdkd-/);
    expect((error as Error).message).toMatch(
      /creating the job ingest-sales did not take effect, so trying again is safe/,
    );
  });

  it('is not taken for ours when a job of that name holds something else', async () => {
    server.use(
      http.post(JOBS, () => new HttpResponse(null, { status: 502 })),
      http.get(JOB, () => HttpResponse.json({ ...storedJob, description: 'Someone else’s job' })),
    );
    const { client, queryClient } = setup();
    expect(await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob))).toBeInstanceOf(
      WriteNotDoneError,
    );
  });

  it('says the outcome is unknown, with how to check, when the read-back fails too', async () => {
    server.use(
      http.post(JOBS, () => HttpResponse.error()),
      http.get(JOB, () => HttpResponse.error()),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob));
    expect(isOutcomeUnknown(error)).toBe(true);
    const unknown = error as WriteOutcomeUnknownError;
    expect(unknown.message).toMatch(/not known whether creating the job ingest-sales took effect/);
    expect(unknown.howToCheck).toMatch(/Search the job list of analytics for ingest-sales/);
    expect(unknown.toReport()).toMatch(/The write:[\s\S]*POST[\s\S]*The check:[\s\S]*GET/);
  });

  it('takes a 409 for a job holding what was sent, saying it existed (a resent copy, or there before)', async () => {
    server.use(
      http.post(JOBS, () => new HttpResponse(null, { status: 409 })),
      http.get(JOB, () => HttpResponse.json(storedJob)),
    );
    const { client, queryClient } = setup();
    await expect(run(jobMutations.create(client, queryClient, TEAM), newJob)).resolves.toEqual({
      name: 'ingest-sales',
      existed: true,
    });
  });

  it('keeps a 409 as "name taken" when the job of that name is not the one sent (or not in the team)', async () => {
    server.use(
      http.post(JOBS, () => new HttpResponse(null, { status: 409 })),
      http.get(JOB, () => new HttpResponse(null, { status: 404 })),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob));
    expect(error).not.toBeInstanceOf(WriteNotDoneError);
    expect((error as ApiError).status).toBe(409);
  });

  it('says the outcome is unknown, quoting the refusal, when a 409 cannot be read back', async () => {
    server.use(
      http.post(JOBS, () => HttpResponse.json({ what: 'The job name is taken.' }, { status: 409 })),
      http.get(JOB, () => HttpResponse.error()),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob));
    expect(isOutcomeUnknown(error)).toBe(true);
    expect((error as Error).message).toBe(
      'The Control Service answered “The job name is taken.”, which it also says when this same request already took effect, and asking it again failed: it is not known whether creating the job ingest-sales took effect.',
    );
  });

  it('reads nothing back after a refusal that cannot hide a success (400)', async () => {
    server.use(http.post(JOBS, () => new HttpResponse(null, { status: 400 })));
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.create(client, queryClient, TEAM), newJob));
    expect((error as ApiError).status).toBe(400);
  });
});

describe('a start whose answer is lost', () => {
  it('finds the execution this request started by its op id, and starts no second one', async () => {
    let opId: string | null = null;
    let posts = 0;
    server.use(
      http.post(START, async ({ request }) => {
        posts += 1;
        opId = request.headers.get('X-OPID');
        await delay(200);
        return new HttpResponse(null, { status: 202 });
      }),
      http.get(EXECUTIONS, () =>
        HttpResponse.json([
          { id: 'ingest-sales-100', op_id: 'someone-else', started_by: 'manual/vdk-dashboard/ana', status: 'running' },
          { id: 'ingest-sales-200', op_id: opId, started_by: 'manual/vdk-dashboard/me', status: 'submitted' },
        ]),
      ),
    );
    const { client, queryClient } = setup(50);
    await expect(run(executionMutations.start(client, queryClient, REF), undefined)).resolves.toBe('ingest-sales-200');
    expect(posts).toBe(1);
  });

  it('takes "already executing" for its own run when that run carries the request’s op id', async () => {
    let opId: string | null = null;
    server.use(
      http.post(START, ({ request }) => {
        opId = request.headers.get('X-OPID');
        return HttpResponse.json({ what: 'currently being executed' }, { status: 409 });
      }),
      http.get(EXECUTIONS, () => HttpResponse.json([{ id: 'ingest-sales-300', op_id: opId, status: 'running' }])),
    );
    const { client, queryClient } = setup();
    await expect(run(executionMutations.start(client, queryClient, REF), undefined)).resolves.toBe('ingest-sales-300');
  });

  it('keeps "already executing" when the running execution is someone else’s', async () => {
    server.use(
      http.post(START, () => HttpResponse.json({ what: 'currently being executed' }, { status: 409 })),
      http.get(EXECUTIONS, () => HttpResponse.json([{ id: 'ingest-sales-300', op_id: 'theirs', status: 'running' }])),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(executionMutations.start(client, queryClient, REF), undefined));
    expect(error).not.toBeInstanceOf(WriteNotDoneError);
    expect((error as ApiError).what).toBe('currently being executed');
  });

  it('says trying again is safe when no execution carries the op id', async () => {
    server.use(
      http.post(START, () => HttpResponse.error()),
      http.get(EXECUTIONS, () =>
        HttpResponse.json([{ id: 'ingest-sales-100', op_id: 'someone-else', status: 'succeeded' }]),
      ),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(executionMutations.start(client, queryClient, REF), { date: '2026-11-27' }));
    expect(error).toBeInstanceOf(WriteNotDoneError);
  });

  it('refreshes the job’s executions when the outcome stays unknown', async () => {
    server.use(
      http.post(START, () => HttpResponse.error()),
      http.get(EXECUTIONS, () => new HttpResponse(null, { status: 503 })),
    );
    const { client, queryClient } = setup();
    const listKey = [...executionKeys.lists(REF), { page: 1 }];
    queryClient.setQueryData(listKey, { content: [] });
    const options = executionMutations.start(client, queryClient, REF);
    const error = await rejection(run(options, undefined));
    expect(isOutcomeUnknown(error)).toBe(true);
    await options.onError!(error as Error, undefined, undefined, {} as never);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });
});

describe('a save whose answer is lost', () => {
  // As read: the service sends null for unset fields, which the spec's types do not admit.
  const original = {
    ...newJob,
    description: 'Before',
    config: { ...newJob.config, db_default_type: null },
  } as unknown as DataJob;
  const next: DataJob = { ...original, description: 'After' };

  it('is reported as saved when the job reads back as sent', async () => {
    let reads = 0;
    server.use(
      http.get(JOB, () => HttpResponse.json(++reads === 1 ? original : next)),
      http.put(JOB, () => HttpResponse.error()),
    );
    const { client, queryClient } = setup();
    await expect(run(jobMutations.update(client, queryClient, REF), { original, next })).resolves.toEqual(next);
  });

  it('sends nothing when an earlier save already took effect (not taken for someone else’s change)', async () => {
    let puts = 0;
    server.use(
      http.get(JOB, () => HttpResponse.json(next)),
      http.put(JOB, () => {
        puts += 1;
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const { client, queryClient } = setup();
    await expect(run(jobMutations.update(client, queryClient, REF), { original, next })).resolves.toEqual(next);
    expect(puts).toBe(0);
  });

  it('says trying again is safe when the job still reads as before', async () => {
    server.use(
      http.get(JOB, () => HttpResponse.json(original)),
      http.put(JOB, () => new HttpResponse(null, { status: 502 })),
    );
    const { client, queryClient } = setup();
    const error = await rejection(run(jobMutations.update(client, queryClient, REF), { original, next }));
    expect(error).toBeInstanceOf(WriteNotDoneError);
  });
});

describe('a delete whose answer is lost', () => {
  it('is reported as deleted when the job reads as 404', async () => {
    server.use(
      http.delete(JOB, () => HttpResponse.error()),
      http.get(JOB, () => new HttpResponse(null, { status: 404 })),
    );
    const { client, queryClient } = setup();
    await expect(run(jobMutations.remove(client, queryClient, REF), undefined)).resolves.toBeUndefined();
  });

  it('says trying again is safe when the job is still there', async () => {
    server.use(
      http.delete(JOB, () => HttpResponse.error()),
      http.get(JOB, () => HttpResponse.json(storedJob)),
    );
    const { client, queryClient } = setup();
    expect(await rejection(run(jobMutations.remove(client, queryClient, REF), undefined))).toBeInstanceOf(
      WriteNotDoneError,
    );
  });
});

describe('enable/disable whose answer is lost', () => {
  it('is reported as done when the deployment reads back with the new state', async () => {
    server.use(
      http.patch(DEPLOYMENT, () => HttpResponse.error()),
      http.get(DEPLOYMENT, () => HttpResponse.json({ id: 'release', enabled: false, vdk_version: '0.3.1' })),
    );
    const { client, queryClient } = setup();
    const options = deploymentMutations.patch(client, queryClient, REF);
    await expect(run(options, { enabled: false })).resolves.toBeUndefined();
    const error = await rejection(run(options, { enabled: true }));
    expect(error).toBeInstanceOf(WriteNotDoneError);
  });
});

describe('properties whose answer is lost', () => {
  const PROPERTIES = `${JOB}/deployments/default/properties`;

  it('are reported saved when they read back as sent, and not saved when they read back as before', async () => {
    let stored: Record<string, unknown> = { watermark: '2026-11-26' };
    server.use(
      http.put(PROPERTIES, () => HttpResponse.error()),
      http.get(PROPERTIES, () => HttpResponse.json(stored)),
    );
    const { client, queryClient } = setup();
    const options = jobMutations.updateProperties(client, queryClient, REF);
    expect(await rejection(run(options, { watermark: '2026-11-27' }))).toBeInstanceOf(WriteNotDoneError);
    stored = { watermark: '2026-11-27' };
    await expect(run(options, { watermark: '2026-11-27' })).resolves.toEqual({ watermark: '2026-11-27' });
  });
});

describe('holdsSent', () => {
  it('ignores fields the service adds and takes an empty value sent as matching null', () => {
    expect(holdsSent({ a: '', b: [], c: { d: 1 } }, { a: null, c: { d: 1, e: 2 }, f: 3 })).toBe(true);
  });

  it('sees a differing value, list or missing object', () => {
    expect(holdsSent({ a: 1 }, { a: 2 })).toBe(false);
    expect(holdsSent({ a: ['x'] }, { a: ['x', 'y'] })).toBe(false);
    expect(holdsSent({ c: { d: 1 } }, { c: null })).toBe(false);
  });
});
