import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import type { ExecutionHistoryQueryVariables } from '../graphql/documents';
import { HISTORY_PAGE_SIZE, HISTORY_PARALLEL_REQUESTS } from '../graphql/execution-history-query';
import { readExecutionHistory } from './history';

/** A window of `total` failed runs served a page at a time, counting how many requests are open at once. */
const BASE = 'http://cs.test';
const served = { total: 0, open: 0, mostOpen: 0, pages: [] as number[], shiftAfterPage1: false };
const idOf = (index: number) => `run-${index}`;

const server = setupServer(
  http.get(`${BASE}/data-jobs/for-team/:team/jobs`, async ({ request }) => {
    const variables = JSON.parse(new URL(request.url).searchParams.get('variables')!) as ExecutionHistoryQueryVariables;
    const page = variables.pageNumber!;
    served.pages.push(page);
    served.open += 1;
    served.mostOpen = Math.max(served.mostOpen, served.open);
    await new Promise((resolve) => setTimeout(resolve, 5));
    served.open -= 1;
    // A run that starts after page 1 was read pushes every later row down by one.
    const shift = served.shiftAfterPage1 && page > 1 ? 1 : 0;
    const from = (page - 1) * HISTORY_PAGE_SIZE - shift;
    const to = Math.min(served.total, from + HISTORY_PAGE_SIZE);
    const content = Array.from({ length: Math.max(0, to - from) }, (_, offset) => ({
      id: idOf(from + offset),
      jobName: 'ingest',
      status: 'USER_ERROR',
    }));
    const totalPages = Math.ceil(served.total / HISTORY_PAGE_SIZE);
    return HttpResponse.json({ errors: [], data: { content, totalItems: served.total, totalPages } });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  Object.assign(served, { total: 0, open: 0, mostOpen: 0, pages: [], shiftAfterPage1: false });
});
afterAll(() => server.close());

const readHistory = (limit: number) =>
  readExecutionHistory(
    createApiClient({ baseUrl: BASE }),
    { team: 'analytics', statuses: ['USER_ERROR'], startedAfter: '2026-01-01T00:00:00Z', limit },
    'analytics',
    new AbortController().signal,
  );

describe('execution history over many pages', () => {
  it('reads page 1, then the rest a few at a time, and keeps the newest first order', async () => {
    served.total = 6 * HISTORY_PAGE_SIZE - 10;
    const history = await readHistory(10_000);
    expect(served.pages[0]).toBe(1);
    expect([...served.pages].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(served.mostOpen).toBe(HISTORY_PARALLEL_REQUESTS);
    expect(history.totalItems).toBe(served.total);
    expect(history.runs).toHaveLength(served.total);
    expect(history.runs.map((run) => run.id)).toEqual(Array.from({ length: served.total }, (_, index) => idOf(index)));
  });

  it('asks for no page beyond the limit and returns exactly the limit', async () => {
    served.total = 10 * HISTORY_PAGE_SIZE;
    const history = await readHistory(2 * HISTORY_PAGE_SIZE + 1);
    expect([...served.pages].sort()).toEqual([1, 2, 3]);
    expect(history.runs).toHaveLength(2 * HISTORY_PAGE_SIZE + 1);
    expect(history.totalItems).toBe(10 * HISTORY_PAGE_SIZE);
  });

  it('counts a run read twice, because a new one shifted the pages, once', async () => {
    served.total = 3 * HISTORY_PAGE_SIZE;
    served.shiftAfterPage1 = true;
    const { runs } = await readHistory(10_000);
    expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length);
    expect(runs.at(-1)?.id).toBe(idOf(3 * HISTORY_PAGE_SIZE - 2));
  });
});
