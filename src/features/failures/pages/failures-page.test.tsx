import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionHistoryQueryVariables, JobsListQueryVariables } from '@/api/graphql/documents';
import { JOB_NAMES_PER_REQUEST, type ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { browserStore } from '@/lib/browser-store';
import { renderRoute } from '@/testing/render-with-providers';
import { CAUSES_PER_STEP } from '../components/cause-list';
import { historyRun } from '../model/failure-fixtures';
import { saveSignature } from '../model/signature-store';

/** The failures page's states against an in-memory GraphQL endpoint (MSW); triage runs for real. */
const TEAM = 'analytics';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const state = {
  failures: [] as ExecutionHistoryRun[],
  successes: [] as ExecutionHistoryRun[],
  totalItems: undefined as number | undefined,
  fail: false,
  failSuccesses: false,
  /** Holds every answer until it resolves. */
  gate: undefined as Promise<void> | undefined,
  logs: {} as Record<string, string>,
  /** The team path of each log asked for. */
  logTeams: [] as string[],
  requests: [] as ExecutionHistoryQueryVariables[],
};

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs', async ({ request }) => {
    await state.gate;
    const params = new URL(request.url).searchParams;
    const variables = JSON.parse(params.get('variables') ?? '{}') as ExecutionHistoryQueryVariables;
    // A jobs query (its filter is a list): the all-teams page asks which team a job is in.
    const jobsFilter = (variables as JobsListQueryVariables).filter;
    if (Array.isArray(jobsFilter)) {
      const jobName = jobsFilter.find((predicate) => predicate?.property === 'jobName')?.pattern;
      const content = jobName ? [{ jobName, config: { team: TEAM } }] : [];
      return HttpResponse.json({ errors: [], data: { content, totalItems: content.length, totalPages: 1 } });
    }
    state.requests.push(variables);
    if (state.fail) {
      return HttpResponse.json({ what: 'Internal error', why: 'Database down' }, { status: 503 });
    }
    const asksSuccesses = variables.filter?.statusIn?.includes('SUCCEEDED') ?? false;
    if (asksSuccesses && state.failSuccesses) {
      return HttpResponse.json({ what: 'Internal error', why: 'Database down' }, { status: 503 });
    }
    const rows = asksSuccesses ? state.successes : state.failures;
    return HttpResponse.json({
      errors: [],
      data: { content: rows, totalItems: state.totalItems ?? rows.length, totalPages: 1 },
    });
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id/logs', ({ params }) => {
    state.logTeams.push(String(params.team));
    return HttpResponse.json({ logs: state.logs[String(params.id)] ?? '' });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  Object.assign(state, {
    failures: [],
    successes: [],
    totalItems: undefined,
    fail: false,
    failSuccesses: false,
    gate: undefined,
    logs: {},
    logTeams: [],
    requests: [],
  });
});
afterAll(() => server.close());

/** The first render loads the page's lazy chunk, slow on a busy machine. */
const LOAD = { timeout: 10_000 };

/** Drawing ten cards, one per task, on a busy machine. */
const DRAWN = { timeout: 20_000 };

/** The causes once every card asked for is drawn: they are drawn one per task. */
async function drawnCauses() {
  const causes = await screen.findByRole('region', { name: 'Causes' }, LOAD);
  await waitFor(() => expect(causes).toHaveAttribute('aria-busy', 'false'), DRAWN);
  return causes;
}

describe('failures page', { timeout: 30_000 }, () => {
  it('asks for the team’s failed and skipped runs of the last 7 days, newest first', async () => {
    renderRoute(`/teams/${TEAM}/failures`);
    expect(
      await screen.findByRole('heading', { name: /No failed or skipped runs in the last 7 days/ }, LOAD),
    ).toBeVisible();
    const [request] = state.requests;
    expect(request?.filter).toMatchObject({
      teamNameIn: [TEAM],
      statusIn: ['USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'],
    });
    const since = Date.parse(request!.filter!.startTimeGte as string);
    expect(Math.abs(Date.now() - 7 * 86_400_000 - since)).toBeLessThan(120_000);
    expect(request?.order).toEqual({ property: 'startTime', direction: 'DESC' });
  });

  it('shows an incident across jobs, a change with its version, and a message group, each linking to its runs', async () => {
    const platform = { status: 'PLATFORM_ERROR', message: 'Platform error' } as const;
    const old = { jobVersion: 'old0001', vdkVersion: '0.3.1', deployedBy: 'bob', deployedDate: minutesAgo(5000) };
    const fresh = { jobVersion: '1a2b3c4', vdkVersion: '0.3.1', deployedBy: 'alice', deployedDate: minutesAgo(200) };
    state.failures = [
      historyRun({ id: 'load-a-1', jobName: 'load-a', ...platform, startTime: minutesAgo(300) }),
      historyRun({ id: 'load-b-1', jobName: 'load-b', ...platform, startTime: minutesAgo(295) }),
      historyRun({ id: 'report-1', jobName: 'report', startTime: minutesAgo(100), deployment: fresh }),
      historyRun({ id: 'report-2', jobName: 'report', startTime: minutesAgo(50), deployment: fresh }),
      historyRun({ id: 'other-1', jobName: 'other', message: 'Out of memory error on the K8S pod.' }),
    ];
    state.successes = [
      historyRun({
        id: 'report-0',
        jobName: 'report',
        status: 'SUCCEEDED',
        startTime: minutesAgo(400),
        deployment: old,
      }),
    ];
    renderRoute(`/teams/${TEAM}/failures`);

    const causes = await drawnCauses();
    const cards = within(causes).getAllByRole('article');
    expect(cards).toHaveLength(3);
    expect(cards[0]).toHaveTextContent('Probable platform incident');
    expect(cards[0]).toHaveTextContent('load-a, load-b');
    expect(within(cards[0]!).getByRole('link', { name: 'Show these 2 runs' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/teams\/analytics\/executions\?status=platform_error&job=load-a&job=load-b&from=/),
    );
    expect(within(cards[1]!).getByRole('heading')).toHaveTextContent('Failing since job version 1a2b3c4');
    expect(cards[1]).toHaveTextContent('deployed by alice');
    expect(cards[1]).toHaveTextContent('the previous version old0001 succeeded 1 time');
    expect(within(cards[1]!).getByRole('link', { name: 'report-2' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/report/executions/report-2',
    );
    expect(within(cards[2]!).getByRole('heading')).toHaveTextContent('Out of memory error on the K8S pod.');
    expect(cards[2]).toHaveTextContent(/memory/);
    expect(screen.getByText(/5 failed or skipped runs of 4 jobs in the last 7 days, in 3 causes/)).toBeVisible();
  });

  it('reads the log of a recent failed run and groups by its error, saying it came from logs', async () => {
    state.failures = [
      historyRun({ id: 'job-1', jobName: 'job', startTime: minutesAgo(4), endTime: minutesAgo(2), type: 'SCHEDULED' }),
    ];
    state.logs['job-1'] = [
      '2026-12-01 10:00:01,482 [VDK] job [INFO ] vdk.run [id:job-1]- Processing step 20_ingest.py ...',
      'Traceback (most recent call last):',
      "KeyError: 'customer_id'",
    ].join('\n');
    renderRoute(`/teams/${TEAM}/failures`);
    const card = await screen.findByRole('article', { name: "20_ingest.py: KeyError: 'customer_id'" }, LOAD);
    expect(card).toHaveTextContent('From logs this browser read');
    expect(screen.getByText(/1 cause comes from logs this browser read/)).toBeVisible();
  });

  it('reads recent logs on every team’s page too, asking which team each job is in, and links its runs', async () => {
    state.failures = [
      historyRun({
        id: 'sales-1',
        jobName: 'sales',
        startTime: minutesAgo(4),
        endTime: minutesAgo(2),
        type: 'SCHEDULED',
      }),
    ];
    state.logs['sales-1'] = [
      '2026-12-01 10:00:01,482 [VDK] sales [INFO ] vdk.run [id:sales-1]- Processing step 20_ingest.py ...',
      'Traceback (most recent call last):',
      "KeyError: 'customer_id'",
    ].join('\n');
    renderRoute('/failures');
    const card = await screen.findByRole('article', { name: "20_ingest.py: KeyError: 'customer_id'" }, LOAD);
    expect(card).toHaveTextContent('From logs this browser read');
    expect(screen.getByText(/1 cause comes from logs this browser read/)).toBeVisible();
    expect(state.logTeams).toEqual([TEAM]);
    // The team asked for the log is the run's: the link opens the run, not the all-teams runs page.
    expect(within(card).getByRole('link', { name: 'sales-1' })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs/sales/executions/sales-1`,
    );
  });

  it('still groups a run by the error its log showed once the log is gone, without asking for it again', async () => {
    // Read on an earlier visit; three hours after a scheduled run its pod, and the log, are gone.
    await saveSignature(
      browserStore,
      'load-1',
      { step: '30_load.sql', error: 'OperationalError: connection refused' },
      0,
    );
    const asked: string[] = [];
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id/logs', ({ params }) => {
        asked.push(String(params.id));
        return HttpResponse.json({ logs: '' });
      }),
    );
    state.failures = [
      historyRun({ id: 'load-1', jobName: 'load', startTime: minutesAgo(180), endTime: minutesAgo(175) }),
    ];
    renderRoute(`/teams/${TEAM}/failures`);
    const card = await screen.findByRole(
      'article',
      { name: '30_load.sql: OperationalError: connection refused' },
      LOAD,
    );
    expect(card).toHaveTextContent('From logs this browser read');
    expect(asked).toEqual([]);
  });

  it('says when the browser keeps nothing (no IndexedDB here) and keeps working', async () => {
    state.failures = [historyRun({ id: 'x-1', jobName: 'x' })];
    renderRoute(`/teams/${TEAM}/failures`);
    expect(await screen.findByText(/does not let the dashboard keep data/, undefined, LOAD)).toBeVisible();
    expect(within(await drawnCauses()).getByRole('article')).toHaveTextContent('User error');
  });

  it('says when the window had more failures than it read', async () => {
    state.failures = [historyRun({ id: 'x-1', jobName: 'x' })];
    state.totalItems = 25_000;
    renderRoute(`/teams/${TEAM}/failures?window=14d`);
    expect(
      await screen.findByText(
        /25,000 runs failed in this window; the causes below are those of the newest 1/,
        undefined,
        LOAD,
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'last 14 days' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows the service’s error with a retry when the runs cannot be read', async () => {
    state.fail = true;
    renderRoute(`/teams/${TEAM}/failures`);
    const alert = await screen.findByRole('alert', undefined, LOAD);
    expect(alert).toHaveTextContent('Could not load the failed runs');
    expect(within(alert).getByRole('button', { name: /retry/i })).toBeVisible();
  });

  it('shows a placeholder while the failed runs load, then the causes', async () => {
    let open = () => {};
    state.gate = new Promise((resolve) => (open = resolve));
    state.failures = [historyRun({ id: 'x-1', jobName: 'x' })];
    renderRoute(`/teams/${TEAM}/failures`);
    expect(await screen.findByRole('progressbar', { name: 'Loading failed runs' }, LOAD)).toBeVisible();
    open();
    expect(await screen.findByRole('article', undefined, LOAD)).toHaveTextContent('User error');
    expect(screen.queryByRole('progressbar', { name: 'Loading failed runs' })).toBeNull();
  });

  it('says when the successful runs the causes are compared with cannot be read, with a retry', async () => {
    state.failures = [historyRun({ id: 'x-1', jobName: 'x' })];
    state.failSuccesses = true;
    renderRoute(`/teams/${TEAM}/failures`);
    const alert = await screen.findByRole('alert', undefined, LOAD);
    expect(alert).toHaveTextContent('Could not load the successful runs the causes are compared with');
    expect(within(alert).getByRole('button', { name: /retry/i })).toBeVisible();
  });

  it('shows the first causes and more on request', async () => {
    state.failures = Array.from({ length: CAUSES_PER_STEP + 5 }, (_, index) =>
      historyRun({ id: `job-${index}-1`, jobName: `job-${index}`, status: 'SKIPPED', message: 'Skipped' }),
    );
    const { user } = renderRoute(`/teams/${TEAM}/failures`);
    const causes = await drawnCauses();
    expect(within(causes).getAllByRole('article')).toHaveLength(CAUSES_PER_STEP);
    await user.click(within(causes).getByRole('button', { name: 'Show 5 more (5 causes not shown)' }));
    await waitFor(() => expect(causes).toHaveAttribute('aria-busy', 'false'), DRAWN);
    expect(within(causes).getAllByRole('article')).toHaveLength(CAUSES_PER_STEP + 5);
    expect(within(causes).queryByRole('button', { name: /Show \d+ more/ })).toBeNull();
  });

  it('links a cause of more jobs than the runs page can filter by to its statuses and time, and says so', async () => {
    const jobs = Array.from({ length: JOB_NAMES_PER_REQUEST + 1 }, (_, index) => `ingest-${index}`);
    state.failures = jobs.map((jobName, index) =>
      historyRun({ id: `${jobName}-1`, jobName, startTime: minutesAgo(100 + index) }),
    );
    renderRoute(`/teams/${TEAM}/failures`);
    const card = within(await drawnCauses()).getByRole('article');
    const link = within(card).getByRole('link', { name: `Show these ${jobs.length} runs` });
    expect(link).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/teams\/analytics\/executions\?status=user_error&from=/),
    );
    expect(card).toHaveTextContent(/Too many jobs for one filter: the runs page shows every job’s runs/);
  });

  it('spans every team at /failures, linking runs to the all-teams runs page', async () => {
    state.failures = [historyRun({ id: 'x-1', jobName: 'x', startTime: '2026-12-01T10:00:00Z' })];
    renderRoute('/failures');
    const card = await screen.findByRole('article', undefined, LOAD);
    expect(state.requests[0]?.filter).not.toHaveProperty('teamNameIn');
    expect(within(card).getByRole('link', { name: 'x-1' })).toHaveAttribute(
      'href',
      '/executions?job=x&from=2026-12-01T10%3A00%3A00Z&to=2026-12-01T10%3A00%3A00Z',
    );
  });

  it('shows hostile messages as text', async () => {
    state.failures = [historyRun({ id: 'x-1', jobName: 'x', message: '<img src=x onerror="window.__hostile=1">' })];
    renderRoute(`/teams/${TEAM}/failures`);
    expect(
      await screen.findByRole('heading', { name: '<img src=x onerror="window.__hostile=1">' }, LOAD),
    ).toBeVisible();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
