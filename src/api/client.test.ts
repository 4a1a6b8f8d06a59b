import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient, idFromLocation, unwrap } from './client';
import { ApiError } from './errors';
import { JobsListDocument } from './graphql/documents';
import { buildJobsVariables } from './graphql/jobs-query';
import { runQuery } from './graphql/run-query';

const BASE = 'http://cs.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const jobUrl = `${BASE}/data-jobs/for-team/analytics/jobs/ingest-sales`;
const readJob = (client: ReturnType<typeof createApiClient>) =>
  unwrap(
    client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}', {
      params: { path: { team_name: 'analytics', job_name: 'ingest-sales' } },
    }),
  );

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('the typed client', () => {
  it('sends an X-OPID and the bearer token, and returns the body', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get(jobUrl, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ job_name: 'ingest-sales', description: 'd', config: {} });
      }),
    );
    const client = createApiClient({ baseUrl: BASE, getAccessToken: () => 'tok-1' });
    await expect(readJob(client)).resolves.toMatchObject({ job_name: 'ingest-sales' });
    expect(seen?.get('Authorization')).toBe('Bearer tok-1');
    expect(seen?.get('X-OPID')).toMatch(/^vdkd-/);
  });

  it('sends no Authorization header when there is no token (service without security)', async () => {
    let auth: string | null = 'unset';
    server.use(
      http.get(jobUrl, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json({});
      }),
    );
    await readJob(createApiClient({ baseUrl: BASE }));
    expect(auth).toBeNull();
  });

  it('renews the token once on 401 and retries with the new one', async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.get(jobUrl, ({ request }) => {
        tokens.push(request.headers.get('Authorization'));
        return tokens.length === 1 ? new HttpResponse(null, { status: 401 }) : HttpResponse.json({ job_name: 'x' });
      }),
    );
    let token = 'old';
    const onUnauthorized = vi.fn(async () => {
      token = 'new';
      return true;
    });
    const client = createApiClient({ baseUrl: BASE, getAccessToken: () => token, onUnauthorized });
    await expect(readJob(client)).resolves.toMatchObject({ job_name: 'x' });
    expect(tokens).toEqual(['Bearer old', 'Bearer new']);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('gives up after one renewal: a second 401 is an error', async () => {
    server.use(http.get(jobUrl, () => new HttpResponse(null, { status: 401 })));
    const client = createApiClient({ baseUrl: BASE, getAccessToken: () => 't', onUnauthorized: async () => true });
    const error = await failure(readJob(client));
    expect(error.status).toBe(401);
  });

  it('turns an empty 404 into an ApiError that says what happened and keeps the op id', async () => {
    server.use(http.get(jobUrl, () => new HttpResponse(null, { status: 404, headers: { 'X-OPID': 'srv-op' } })));
    const error = await failure(readJob(createApiClient({ baseUrl: BASE })));
    expect(error).toMatchObject({ kind: 'http', status: 404, opId: 'srv-op', method: 'GET', url: jobUrl });
    expect(error.message).toMatch(/not found/i);
  });

  it('reports a 2xx body that is not JSON as malformed', async () => {
    server.use(
      http.get(
        jobUrl,
        () => new HttpResponse('{"job_name": "x", ', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await failure(readJob(createApiClient({ baseUrl: BASE })))).kind).toBe('malformed');
  });

  it('parses a JSON body once, with or without a Content-Length (a 19 MB log is not parsed twice)', async () => {
    const body = JSON.stringify({ job_name: 'ingest-sales', description: 'd'.repeat(1000), config: {} });
    for (const headers of [
      { 'Content-Type': 'application/json' } as Record<string, string>,
      { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
    ]) {
      server.use(http.get(jobUrl, () => new HttpResponse(body, { headers })));
      const parse = vi.spyOn(JSON, 'parse');
      try {
        await expect(readJob(createApiClient({ baseUrl: BASE }))).resolves.toMatchObject({ job_name: 'ingest-sales' });
        expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
      } finally {
        parse.mockRestore();
      }
    }
  });

  it('reports a dropped connection as a network failure', async () => {
    server.use(http.get(jobUrl, () => HttpResponse.error()));
    expect((await failure(readJob(createApiClient({ baseUrl: BASE })))).kind).toBe('network');
  });

  it('gives up on a request that takes longer than the time limit', async () => {
    server.use(
      http.get(jobUrl, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    expect((await failure(readJob(createApiClient({ baseUrl: BASE, timeoutMs: 50 })))).kind).toBe('timeout');
  });

  it('reads the new id from the Location header', () => {
    const response = new Response(null, {
      status: 202,
      headers: { Location: 'http://cs/data-jobs/for-team/a%20b/jobs/job-1/executions/job-1-1700000000' },
    });
    expect(idFromLocation(response)).toBe('job-1-1700000000');
  });
});

describe('GraphQL over GET', () => {
  const listUrl = `${BASE}/data-jobs/for-team/analytics/jobs`;
  const variables = buildJobsVariables({ team: 'analytics', page: 1, pageSize: 25 });

  it('sends query, variables as a JSON string and operation_name, and reads the flattened envelope', async () => {
    let params: URLSearchParams | undefined;
    server.use(
      http.get(listUrl, ({ request }) => {
        params = new URL(request.url).searchParams;
        return HttpResponse.json({ errors: [], data: { content: [{ jobName: 'a' }], totalItems: 1, totalPages: 1 } });
      }),
    );
    const page = await runQuery(createApiClient({ baseUrl: BASE }), JobsListDocument, variables, { team: 'analytics' });
    expect(page).toEqual({ content: [{ jobName: 'a' }], totalItems: 1, totalPages: 1 });
    expect(params?.get('query')).toContain('query JobsList');
    expect(JSON.parse(params?.get('variables') ?? '')).toEqual(variables);
    expect(params?.get('operation_name')).toBe('JobsList');
  });

  it('turns a 400 with errors[] into an ApiError carrying the messages', async () => {
    server.use(
      http.get(listUrl, () =>
        HttpResponse.json({ errors: [{ message: 'Page size cannot be less than 1' }], data: null }, { status: 400 }),
      ),
    );
    const error = await failure(
      runQuery(createApiClient({ baseUrl: BASE }), JobsListDocument, variables, { team: 'analytics' }),
    );
    expect(error.status).toBe(400);
    expect(error.graphqlMessages).toEqual(['Page size cannot be less than 1']);
  });

  it('treats errors in a 200 answer as a failed query', async () => {
    server.use(http.get(listUrl, () => HttpResponse.json({ errors: [{ message: 'partial' }], data: { content: [] } })));
    const error = await failure(
      runQuery(createApiClient({ baseUrl: BASE }), JobsListDocument, variables, { team: 'analytics' }),
    );
    expect(error).toMatchObject({ kind: 'graphql', graphqlMessages: ['partial'] });
  });

  it('rejects an envelope without a page', async () => {
    server.use(http.get(listUrl, () => HttpResponse.json({ errors: [], data: { jobs: { content: [] } } })));
    const error = await failure(
      runQuery(createApiClient({ baseUrl: BASE }), JobsListDocument, variables, { team: 'analytics' }),
    );
    expect(error.kind).toBe('malformed');
  });
});
