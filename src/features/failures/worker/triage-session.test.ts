import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClientOptions } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { ExecutionHistoryQueryVariables } from '@/api/graphql/documents';
import type { ExecutionHistoryParams } from '@/api/graphql/execution-history-query';
import { historyRun, manyFailures } from '../model/failure-fixtures';
import { jobsThatFailed } from '../model/log-candidates';
import { triageFailures } from '../model/triage';
import type { FromWorker, RunsRequest, ToWorker } from './triage-protocol';
import { serveTriage } from './triage-receiver';
import { createTriageSession } from './triage-session';

const BASE = 'http://cs.test';
const failures = manyFailures(2_500);
const successes = [historyRun({ id: 'ok-1', jobName: 'job-1', status: 'SUCCEEDED' })];
const served = {
  status: 200,
  body: undefined as string | undefined,
  authorizations: [] as (string | null)[],
  /** Holds every answer until it resolves. */
  gate: undefined as Promise<void> | undefined,
};

const server = setupServer(
  http.get(`${BASE}/data-jobs/for-team/:team/jobs`, async ({ request }) => {
    served.authorizations.push(request.headers.get('Authorization'));
    await served.gate;
    if (served.status === 401 && request.headers.get('Authorization') !== 'Bearer fresh') {
      return new HttpResponse(null, { status: 401 });
    }
    if (served.status >= 500)
      return HttpResponse.json({ what: 'Internal error', why: 'Database down' }, { status: 503 });
    if (served.body !== undefined)
      return new HttpResponse(served.body, { headers: { 'Content-Type': 'application/json' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const variables = JSON.parse(new URL(request.url).searchParams.get('variables')!) as ExecutionHistoryQueryVariables;
    const rows = variables.filter?.statusIn?.includes('SUCCEEDED') ? successes : failures;
    const { pageNumber, pageSize } = { pageNumber: variables.pageNumber!, pageSize: variables.pageSize! };
    const content = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return HttpResponse.json({
      data: { content, totalItems: rows.length, totalPages: Math.ceil(rows.length / pageSize) },
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  Object.assign(served, { status: 200, body: undefined, authorizations: [], gate: undefined });
});
afterAll(() => server.close());

/** A worker in this thread: messages are cloned both ways, as postMessage clones them, and arrive in a later task. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly serve = serveTriage((reply: FromWorker) => {
    const copy = structuredClone(reply);
    setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: copy })));
  });
  constructor(private readonly fails: boolean) {}

  postMessage(message: ToWorker) {
    const copy = structuredClone(message);
    setTimeout(() => (this.fails ? this.onerror?.(new ErrorEvent('error', { cancelable: true })) : this.serve(copy)));
  }

  terminate() {}
}

function sessionWith({ fails = false, options = {} }: { fails?: boolean; options?: Partial<ApiClientOptions> } = {}) {
  const workers: FakeWorker[] = [];
  const session = createTriageSession(() => {
    const worker = new FakeWorker(fails);
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { session, workers, client: createApiClient({ baseUrl: BASE, ...options }) };
}

const window = { team: 'team-a', startedAfter: '2026-11-01T00:00:00Z' };
const failed: RunsRequest = {
  params: { ...window, statuses: ['USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'], limit: 10_000 },
  pathTeam: 'team-a',
  digest: true,
};
const succeeded = (jobs: string[]): RunsRequest => ({
  params: { ...window, statuses: ['SUCCEEDED'], jobs, limit: 10_000 } satisfies ExecutionHistoryParams,
  pathTeam: 'team-a',
  digest: false,
});
const live = () => new AbortController().signal;

describe('triage session', () => {
  it('reads and triages the runs in the worker: the page gets their summary and the causes', async () => {
    const { session, workers, client } = sessionWith();
    const summary = await session.read(client, failed, live());
    expect(summary).toEqual({
      handle: summary.handle,
      totalItems: 2_500,
      read: 2_500,
      digest: { failingJobs: jobsThatFailed(failures), withLogs: [] },
    });
    const jobs = summary.digest!.failingJobs;
    const ok = await session.read(client, succeeded(jobs), live());
    const causes = await session.triage({ failures: summary.handle, successes: ok.handle, logSignatures: new Map() });
    expect(causes).toEqual(triageFailures({ failures, successes, logSignatures: new Map() }));
    expect(workers).toHaveLength(1);
  });

  it('sends the page’s token, and renews it once on a 401', async () => {
    let token = 'old';
    let renewals = 0;
    const options = {
      getAccessToken: () => token,
      onUnauthorized: () => {
        renewals += 1;
        token = 'fresh';
        return Promise.resolve(true);
      },
    };
    served.status = 401;
    const { session, client } = sessionWith({ options });
    await expect(session.read(client, failed, live())).resolves.toMatchObject({ read: 2_500 });
    expect(renewals).toBe(1);
    expect(served.authorizations.slice(0, 2)).toEqual(['Bearer old', 'Bearer fresh']);
  });

  it('fails as the page’s client fails: an HTTP error, a body that is not JSON', async () => {
    const { session, client } = sessionWith();
    served.status = 503;
    const error = await session.read(client, failed, live()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 503, why: 'Database down' });

    served.status = 200;
    served.body = '{"data": {"content": [';
    await expect(session.read(client, failed, live())).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('aborts the worker’s requests when the page gives up', async () => {
    const { session, client } = sessionWith();
    let open = () => {};
    served.gate = new Promise((resolve) => (open = resolve));
    const controller = new AbortController();
    const reading = session.read(client, failed, controller.signal);
    await expect.poll(() => served.authorizations.length).toBe(1);
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    open();
    // Page 1 was on its way; the two pages after it are never asked for.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(served.authorizations).toHaveLength(1);
  });

  it('says when the runs are no longer kept, and reads here when the worker fails', async () => {
    const { session, client } = sessionWith();
    const first = await session.read(client, failed, live());
    for (let read = 0; read < 4; read += 1) await session.read(client, failed, live());
    await expect(session.triage({ failures: first.handle, logSignatures: new Map() })).resolves.toBeNull();

    const failing = sessionWith({ fails: true });
    const here = await failing.session.read(failing.client, failed, live());
    expect(here.read).toBe(2_500);
    await expect(failing.session.triage({ failures: here.handle, logSignatures: new Map() })).resolves.toEqual(
      triageFailures({ failures, successes: [], logSignatures: new Map() }),
    );
  });
});
