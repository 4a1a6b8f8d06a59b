import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { CHART_PAGE_SIZE, executionQueries } from './queries';

const BASE = 'http://cs.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A job with `count` runs, newest first, served page by page as the service does; records the requests. */
function history(count: number) {
  const seen = { pages: [] as number[], inFlight: 0, mostInFlight: 0 };
  const runs = Array.from({ length: count }, (_, index) => ({
    id: `run-${index}`,
    type: 'SCHEDULED',
    status: 'SUCCEEDED',
    startTime: new Date(Date.UTC(2026, 10, 27) - index * 60_000).toISOString(),
    endTime: null,
    deployment: null,
  }));
  server.use(
    http.get(`${BASE}/data-jobs/for-team/analytics/jobs`, async ({ request }) => {
      const { pageNumber, pageSize } = JSON.parse(new URL(request.url).searchParams.get('variables')!) as {
        pageNumber: number;
        pageSize: number;
      };
      seen.pages.push(pageNumber);
      seen.inFlight += 1;
      seen.mostInFlight = Math.max(seen.mostInFlight, seen.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.inFlight -= 1;
      return HttpResponse.json({
        data: {
          content: runs.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
          totalItems: count,
          totalPages: Math.ceil(count / pageSize),
        },
      });
    }),
  );
  return seen;
}

const client = createApiClient({ baseUrl: BASE });
const params = { team: 'analytics', job: 'ingest-sales', statuses: [], limit: 10_000 };

describe('the history chart runs', () => {
  it('reads every run in range, newest first, a few pages at a time', async () => {
    const seen = history(4 * CHART_PAGE_SIZE + 10);
    const { runs, totalItems } = await new QueryClient().fetchQuery(executionQueries.chart(client, params));
    expect(runs).toHaveLength(4 * CHART_PAGE_SIZE + 10);
    expect(runs.map((run) => run.id).slice(0, 2)).toEqual(['run-0', 'run-1']);
    expect(runs.at(-1)?.id).toBe(`run-${4 * CHART_PAGE_SIZE + 9}`);
    expect(totalItems).toBe(4 * CHART_PAGE_SIZE + 10);
    expect([...seen.pages].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(seen.mostInFlight).toBeGreaterThan(1);
    expect(seen.mostInFlight).toBeLessThanOrEqual(3);
  });

  it('stops at the limit and says how many the range holds', async () => {
    const seen = history(5 * CHART_PAGE_SIZE);
    const limited = { ...params, limit: CHART_PAGE_SIZE + 1 };
    const { runs, totalItems } = await new QueryClient().fetchQuery(executionQueries.chart(client, limited));
    expect(runs).toHaveLength(CHART_PAGE_SIZE + 1);
    expect(totalItems).toBe(5 * CHART_PAGE_SIZE);
    expect([...seen.pages].sort()).toEqual([1, 2]);
  });

  it('asks once for a range with no runs', async () => {
    const seen = history(0);
    const { runs, totalItems } = await new QueryClient().fetchQuery(executionQueries.chart(client, params));
    expect(runs).toEqual([]);
    expect(totalItems).toBe(0);
    expect(seen.pages).toEqual([1]);
  });
});
