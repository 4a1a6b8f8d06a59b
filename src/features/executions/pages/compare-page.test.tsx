import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataJobExecution } from '@/api/types';
import { recentKey, withRecent, type RecentArguments } from '@/components/execute-with-args/argument-presets';
import { browserStore } from '@/lib/browser-store';
import { renderRoute } from '@/testing/render-with-providers';

/** The compare page's states against an in-memory service (MSW); logs are aligned for real. */
const TEAM = 'analytics';
const JOB = 'ingest-sales';
const A = 'ingest-sales-1764583200';
const B = 'ingest-sales-1764590400';
const url = (search: string) => `/teams/${TEAM}/jobs/${JOB}/executions/compare${search}`;
const LOAD = { timeout: 10_000 };

/** The row of a table holding `text` (cheaper than a role query by name on a large table). */
const rowWith = (table: HTMLElement, text: string | RegExp) => {
  const rows = within(table).getAllByRole('row');
  const found = rows.find((row) =>
    typeof text === 'string' ? row.textContent?.includes(text) : text.test(row.textContent ?? ''),
  );
  if (!found) throw new Error(`No row with ${String(text)}`);
  return found;
};

const execution = (id: string, overrides: Partial<DataJobExecution>): DataJobExecution => ({
  id,
  job_name: JOB,
  status: 'succeeded',
  type: 'scheduled',
  start_time: '2026-12-01T10:00:00Z',
  end_time: '2026-12-01T10:02:00Z',
  started_by: 'scheduled/runtime',
  logs_url: '',
  message: 'Success',
  op_id: 'op',
  deployment: {
    job_version: 'old1234',
    vdk_version: '0.3.1',
    deployed_by: 'bob',
    deployed_date: '2026-11-30T09:00:00Z',
  },
  ...overrides,
});

const line = (id: string, time: string, message: string) =>
  `2026-12-01 ${time},000 [VDK] ${JOB} [INFO ] vdk.run [id:${id}]- ${message}`;

const state = {
  executions: {} as Record<string, DataJobExecution>,
  logs: {} as Record<string, string>,
};

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id/logs', ({ params }) =>
    HttpResponse.json({ logs: state.logs[String(params.id)] ?? '' }),
  ),
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id', ({ params }) => {
    const found = state.executions[String(params.id)];
    return found
      ? HttpResponse.json(found)
      : HttpResponse.json({ what: `The Data Job execution '${String(params.id)}' does not exist.` }, { status: 404 });
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () => HttpResponse.json([])),
  http.get('*/data-jobs/for-team/:team/jobs/:job', () => HttpResponse.json({ job_name: JOB, team: TEAM, config: {} })),
  http.get('*/data-jobs/for-team/:team/jobs', () =>
    HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  state.executions = {};
  state.logs = {};
});
afterAll(() => server.close());

describe('compare page', { timeout: 30_000 }, () => {
  it('shows both runs field by field, the duration difference and the first log difference', async () => {
    state.executions = {
      [A]: execution(A, {}),
      [B]: execution(B, {
        status: 'user_error',
        message: 'User error',
        start_time: '2026-12-01T12:00:00Z',
        end_time: '2026-12-01T12:05:30Z',
        deployment: { job_version: '1a2b3c4', vdk_version: '0.3.1', deployed_by: 'alice' },
      }),
    };
    state.logs[A] = [
      line(A, '10:00:01', `Data Job starting (${A})`),
      line(A, '10:00:02', 'Processing step 20_ingest.py ...'),
      line(A, '10:01:59', 'Job execution result: SUCCESS'),
    ].join('\n');
    state.logs[B] = [
      line(B, '12:00:01', `Data Job starting (${B})`),
      line(B, '12:00:02', 'Processing step 20_ingest.py ...'),
      "KeyError: 'customer_id'",
      line(B, '12:05:29', 'Job execution result: ERROR'),
    ].join('\n');
    const { user } = renderRoute(url(`?a=${A}&b=${B}`));

    const facts = await screen.findByRole('table', { name: 'Differences between the two runs' }, LOAD);
    expect(within(facts).getByRole('columnheader', { name: `A: ${A}` })).toBeVisible();
    expect(within(facts).getByRole('columnheader', { name: `B: ${B}` })).toBeVisible();
    const version = rowWith(facts, 'Job version');
    expect(version).toHaveTextContent('old1234');
    expect(version).toHaveTextContent('1a2b3c4');
    expect(version).toHaveTextContent('Different');
    expect(rowWith(facts, 'VDK version')).toHaveTextContent('Same');
    expect(rowWith(facts, 'Arguments')).toHaveTextContent('Not known');
    expect(screen.getByText('B took 3m 30s longer than A.')).toBeVisible();

    const log = await screen.findByRole('table', { name: 'Log lines of A and B aligned' }, LOAD);
    // Timestamps and each run's own id are ignored: the first two lines are the same.
    expect(screen.getByText(/3 lines differ .* The first difference is at line 3 of A/)).toBeVisible();
    expect(rowWith(log, "KeyError: 'customer_id'")).toHaveTextContent('Only in B');
    // jsdom does no layout, so it has no scrolling either.
    Element.prototype.scrollIntoView = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Jump to the first difference' }));
    expect(rowWith(log, 'SUCCESS')).toHaveFocus();
  });

  it('shows the arguments of a run this browser started, from its store, and “not known” for the other', async () => {
    state.executions = { [A]: execution(A, {}), [B]: execution(B, { type: 'manual' }) };
    // Started from another tab or an earlier visit: only the browser store (IndexedDB) has them.
    await browserStore.update<RecentArguments[]>(recentKey({ team: TEAM, job: JOB }), (list) =>
      withRecent(list, { executionId: B, args: { date: '2026-12-01' }, at: 0 }),
    );
    renderRoute(url(`?a=${A}&b=${B}`));
    const facts = await screen.findByRole('table', { name: 'Differences between the two runs' }, LOAD);
    const args = rowWith(facts, 'Arguments');
    expect(
      within(args)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Not known: not started from this browser', '{"date":"2026-12-01"}', 'Not known']);
  });

  it('says which log is gone instead of comparing', async () => {
    state.executions = { [A]: execution(A, {}), [B]: execution(B, {}) };
    state.logs[A] = line(A, '10:00:01', 'hello');
    renderRoute(url(`?a=${A}&b=${B}`));
    expect(await screen.findByText(new RegExp(`The log of ${B} is not available`), undefined, LOAD)).toBeVisible();
  });

  it('says when a run does not exist, and asks for two runs when the link names fewer', async () => {
    state.executions = { [A]: execution(A, {}) };
    const { unmount } = renderRoute(url(`?a=${A}&b=nope`));
    expect(await screen.findByRole('heading', { name: 'Execution nope not found' }, LOAD)).toBeVisible();
    unmount();
    renderRoute(url(`?a=${A}`));
    expect(await screen.findByRole('heading', { name: 'Pick two different runs to compare' }, LOAD)).toBeVisible();
  });
});
