import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExecutionsListQueryVariables } from '@/api/graphql/documents';
import type { ExecutionSummary } from '@/api/types';
import { renderRoute } from '@/testing/render-with-providers';

/** The history page's URL state and what it asks the service, against an in-memory GraphQL endpoint (MSW). */
const TEAM = 'analytics';
const JOB = 'ingest-sales';
const URL = `/teams/${TEAM}/jobs/${JOB}/executions`;

function row(id: string, overrides: Partial<ExecutionSummary> = {}): ExecutionSummary {
  return {
    id,
    jobName: JOB,
    type: 'SCHEDULED',
    status: 'SUCCEEDED',
    startTime: '2026-11-27T10:00Z',
    endTime: '2026-11-27T10:03Z',
    startedBy: 'scheduled/runtime',
    message: 'Success',
    opId: `op-${id}`,
    logsUrl: '',
    deployment: {
      jobVersion: 'abc',
      vdkVersion: '0.3.1',
      jobPythonVersion: '3.9',
      deployedDate: null,
      deployedBy: 'dan',
    },
    ...overrides,
  };
}

const state = { rows: [] as ExecutionSummary[], tablePages: [] as ExecutionsListQueryVariables[] };

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs', ({ request }) => {
    const params = new globalThis.URL(request.url).searchParams;
    if (params.get('operation_name') !== 'ExecutionsList') {
      return HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } });
    }
    const variables = JSON.parse(params.get('variables') ?? '{}') as ExecutionsListQueryVariables;
    // The table asks for page sizes the user can pick; the charts for 1 (counts) or 500 (sample).
    if (variables.pageSize !== 1 && variables.pageSize !== 500) state.tablePages.push(variables);
    const statuses = variables.filter?.statusIn;
    const rows = state.rows.filter((item) => !statuses?.length || statuses.includes(item.status));
    return HttpResponse.json({
      errors: [],
      data: { content: rows.slice(0, variables.pageSize ?? rows.length), totalItems: rows.length, totalPages: 1 },
    });
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () => HttpResponse.json([])),
  http.get('*/data-jobs/for-team/:team/jobs/:job', () => HttpResponse.json({ job_name: JOB, team: TEAM, config: {} })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.rows = [
    row(`${JOB}-1`),
    row(`${JOB}-2`, {
      type: 'MANUAL',
      startedBy: 'manual/vdk-control-cli/bob',
      status: 'USER_ERROR',
      message: 'User error',
    }),
    row(`${JOB}-3`, { status: 'USER_ERROR', message: '<b>KeyError</b> <img src="x" onerror="window.pwned = true">' }),
  ];
  state.tablePages = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// The first render loads the lazy route chunks, slow on a busy machine: allow for that. The rows come a few a frame
// after the table, which says it is busy until the last is drawn.
async function table() {
  const found = await screen.findByRole('table', { name: 'Executions' }, { timeout: 10_000 });
  await waitFor(() => expect(found).toHaveAttribute('aria-busy', 'false'));
  return found;
}
const lastTableQuery = () => state.tablePages.at(-1)!;

describe('execution history', { timeout: 30_000 }, () => {
  it('reads filters, page and order from the URL, sends them to the service and names what it ignored', async () => {
    const before = Date.now();
    renderRoute(`${URL}?status=user_error&status=exploded&range=7d&sort=-end_time&page_size=50`);
    await table();
    expect(screen.getByRole('alert')).toHaveTextContent('not understood and are ignored: status=exploded');
    expect(screen.getByRole('button', { name: 'Status: User error' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Time range: Last 7 days' })).toBeVisible();

    const query = lastTableQuery();
    expect(query).toMatchObject({
      pageNumber: 1,
      pageSize: 50,
      filter: { jobNameIn: [JOB], teamNameIn: [TEAM], statusIn: ['USER_ERROR'] },
      order: { property: 'endTime', direction: 'DESC' },
    });
    const weekAgo = before - 7 * 24 * 3_600_000;
    expect(Math.abs(Date.parse(query.filter!.startTimeGte!) - weekAgo)).toBeLessThan(120_000);
    expect(within(await table()).getAllByRole('row')).toHaveLength(3);
  });

  it('sorts through the service and keeps the order in the URL', async () => {
    const { user, router } = renderRoute(URL);
    await table();
    expect(lastTableQuery().order).toEqual({ property: 'startTime', direction: 'DESC' });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=start_time'));
    await waitFor(() => expect(lastTableQuery().order).toEqual({ property: 'startTime', direction: 'ASC' }));
    await user.click(screen.getByRole('button', { name: 'Op id' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-op_id'));
  });

  it('filters by type on the page it has, and says so', async () => {
    renderRoute(`${URL}?type=manual`);
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('by manual/vdk-control-cli/bob');
    expect(screen.getByText(/cannot filter executions by type/)).toHaveTextContent('2 other executions are hidden');
    expect(lastTableQuery().filter).not.toHaveProperty('type');
  });

  it('shows messages as text, never as markup', async () => {
    renderRoute(URL);
    const history = await table();
    // The cell and its full-text hints (chip and truncated message).
    expect(
      within(history).getAllByText('<b>KeyError</b> <img src="x" onerror="window.pwned = true">'),
    ).not.toHaveLength(0);
    expect(history.querySelector('b, img')).toBeNull();
  });

  it('compares two ticked runs, older as A, and says why Compare is off otherwise', async () => {
    state.rows = [
      row(`${JOB}-new`, { startTime: '2026-11-27T12:00Z', endTime: '2026-11-27T12:04Z' }),
      row(`${JOB}-mid`, { startTime: '2026-11-27T11:00Z', endTime: '2026-11-27T11:03Z' }),
      row(`${JOB}-old`, { startTime: '2026-11-27T10:00Z', endTime: '2026-11-27T10:03Z' }),
    ];
    const { user } = renderRoute(URL);
    await table();
    const compare = () => within(screen.getByRole('group', { name: 'Compare runs' }));
    expect(compare().getByRole('button', { name: 'Compare' })).toBeDisabled();
    expect(compare().getByRole('button', { name: 'Compare' })).toHaveAccessibleDescription(
      'Tick two runs to compare them.',
    );

    await user.click(screen.getByRole('checkbox', { name: `Select run ${JOB}-new` }));
    expect(compare().getByRole('button', { name: 'Compare' })).toHaveAccessibleDescription(
      'Tick one more run to compare.',
    );
    await user.click(screen.getByRole('checkbox', { name: `Select run ${JOB}-old` }));
    await user.click(screen.getByRole('checkbox', { name: `Select run ${JOB}-mid` }));
    expect(compare().getByRole('button', { name: 'Compare' })).toHaveAccessibleDescription(
      'Only two runs can be compared: untick 1.',
    );
    await user.click(screen.getByRole('checkbox', { name: `Select run ${JOB}-mid` }));
    expect(compare().getByRole('link', { name: 'Compare' })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs/${JOB}/executions/compare?a=${JOB}-old&b=${JOB}-new`,
    );

    // A refresh of the rows (as a poll does) keeps the ticks; another order of the rows starts afresh.
    const asked = state.tablePages.length;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(state.tablePages.length).toBeGreaterThan(asked));
    expect(await screen.findByRole('checkbox', { name: `Select run ${JOB}-old` })).toBeChecked();
    expect(compare().getByRole('link', { name: 'Compare' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: `Select run ${JOB}-old` })).not.toBeChecked());
    expect(compare().getByRole('button', { name: 'Compare' })).toBeDisabled();
  });

  it('says when nothing matches the filters and clears them', async () => {
    const { user, router } = renderRoute(`${URL}?status=skipped&range=24h`);
    expect(
      await screen.findByRole('heading', { name: 'No executions match these filters' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(4), { timeout: 10_000 });
  });
});
