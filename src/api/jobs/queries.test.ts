import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { jobQueries } from './queries';

const BASE = 'http://cs.test';
const ref = { team: 'analytics', job: 'ingest-sales' };
const secretsUrl = `${BASE}/data-jobs/for-team/analytics/jobs/ingest-sales/deployments/default/secrets`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Serves the secrets endpoint with `status` and counts how often it was asked. */
function secretsAnswering(status: number) {
  const seen = { requests: 0 };
  server.use(
    http.get(secretsUrl, () => {
      seen.requests += 1;
      return status === 200
        ? HttpResponse.json({ token: 'x' })
        : HttpResponse.json({ what: 'Secrets', why: 'Not Configured' }, { status });
    }),
  );
  return seen;
}

describe('job secrets', () => {
  const client = createApiClient({ baseUrl: BASE });

  it('reads a 501 (no Vault, the real default) as "not configured", cached like data: a second visit asks nothing', async () => {
    const seen = secretsAnswering(501);
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: false } } });
    await expect(queryClient.fetchQuery(jobQueries.secrets(client, ref))).resolves.toBeNull();
    await expect(queryClient.fetchQuery(jobQueries.secrets(client, ref))).resolves.toBeNull();
    expect(seen.requests).toBe(1);
  });

  it('still fails on other errors, so the page offers Retry', async () => {
    secretsAnswering(503);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(queryClient.fetchQuery(jobQueries.secrets(client, ref))).rejects.toMatchObject({ status: 503 });
  });

  it('returns the secrets when the service has them', async () => {
    secretsAnswering(200);
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(jobQueries.secrets(client, ref))).resolves.toEqual({ token: 'x' });
  });
});
