import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataJobExecution } from '@/api/types';
import { recentKey, withRecent, type RecentArguments } from '@/components/execute-with-args/argument-presets';
import { rememberSentArguments } from '@/components/execute-with-args/sent-arguments';
import { browserStore } from '@/lib/browser-store';
import { renderRoute, testConfig } from '@/testing/render-with-providers';

/**
 * The execution page against a small in-memory service (MSW), for states the emulator does not
 * produce on cue: hostile text in messages and logs, a cancel that loses the race (400), empty logs.
 */
const TEAM = 'analytics';
const JOB = 'ingest-sales';
const ID = 'ingest-sales-1764250000';
const URL = `/teams/${TEAM}/jobs/${JOB}/executions/${ID}`;

function execution(overrides: Partial<DataJobExecution> = {}): DataJobExecution {
  return {
    id: ID,
    job_name: JOB,
    status: 'succeeded',
    type: 'manual',
    start_time: '2026-11-27T10:00:00Z',
    end_time: '2026-11-27T10:03:12Z',
    started_by: 'manual/vdk-dashboard/alice',
    logs_url: '',
    message: 'Success',
    op_id: 'vdkd-op-1',
    deployment: {
      job_version: '9f2c1e7a0b1c2d3e4f5a',
      vdk_version: '0.3.1234',
      python_version: '3.11',
      deployed_by: 'dan',
      deployed_date: '2026-11-20T09:00:00Z',
      resources: { cpu_request: 0.5, cpu_limit: 2, memory_request: 500, memory_limit: 1000 },
    },
    ...overrides,
  };
}

const state = {
  execution: execution() as DataJobExecution | null,
  logs: '',
  cancel: 'ok' as 'ok' | 'finished',
  detailReads: 0,
};

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id/logs', () => HttpResponse.json({ logs: state.logs })),
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id', () => {
    state.detailReads += 1;
    return state.execution
      ? HttpResponse.json(state.execution)
      : HttpResponse.json({ what: `The Data Job execution '${ID}' does not exist.` }, { status: 404 });
  }),
  http.delete('*/data-jobs/for-team/:team/jobs/:job/executions/:id', () =>
    state.cancel === 'ok'
      ? new HttpResponse(null, { status: 200 })
      : HttpResponse.json(
          { what: 'Specified data job execution is not in running or submitted state.', why: 'It finished.' },
          { status: 400 },
        ),
  ),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () => HttpResponse.json([])),
  http.get('*/data-jobs/for-team/:team/jobs/:job', () =>
    HttpResponse.json({ job_name: JOB, team: TEAM, config: { schedule: { schedule_cron: '0 * * * *' } } }),
  ),
  http.get('*/data-jobs/for-team/:team/jobs', () =>
    HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // jsdom does no layout: give the log's scroll area a height so the virtualiser renders rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  state.execution = execution();
  state.logs = '';
  state.cancel = 'ok';
  state.detailReads = 0;
  sessionStorage.clear();
});
afterEach(() => {
  server.resetHandlers();
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});
afterAll(() => server.close());

// The first render loads the lazy route chunks: allow for that.
const region = () => screen.findByRole('region', { name: `Execution ${ID}` }, { timeout: 10_000 });

describe('execution page', { timeout: 30_000 }, () => {
  it('shows the execution, its deployment and copy buttons for its ids', async () => {
    renderRoute(URL);
    const page = await region();
    expect(within(page).getByRole('heading', { name: `Execution ${ID}` })).toBeInTheDocument();
    expect(within(page).getByText('manual/vdk-dashboard/alice')).toBeInTheDocument();
    expect(within(page).getByText('9f2c1e7a0b1c2d3e4f5a')).toBeInTheDocument();
    expect(within(page).getByText('request 0.5 cores, limit 2 cores')).toBeInTheDocument();
    expect(within(page).getByText('request 500 MB, limit 1000 MB')).toBeInTheDocument();
    expect(within(page).getByText('3m 12s')).toBeInTheDocument();
    for (const name of ['Copy execution id', 'Copy op id', 'Copy job version', 'Copy details']) {
      expect(within(page).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(page).queryByRole('button', { name: 'Cancel execution' })).toBeNull();
  });

  it('shows markup in the message, started by and log lines as text, never as elements', async () => {
    state.execution = execution({
      status: 'user_error',
      message: '<img src="x" onerror="window.pwned = true">',
      started_by: '<script>window.pwned = true</script>',
    });
    state.logs = 'ok line\n<script>window.pwned = true</script>\n<b>ERROR</b> <img src="y">';
    renderRoute(URL);
    const page = await region();
    expect(within(page).getAllByText('<img src="x" onerror="window.pwned = true">').length).toBeGreaterThan(0);
    expect(within(page).getByText('<script>window.pwned = true</script>')).toBeInTheDocument();
    const logs = await screen.findByRole('region', { name: 'Log lines' }, { timeout: 10_000 });
    expect(within(logs).getByText('<b>ERROR</b> <img src="y">')).toBeInTheDocument();
    expect(document.querySelector('main img, main script, main b')).toBeNull();
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('opens a shared link to a log line at that line, and links lines into the URL', async () => {
    state.logs = 'first\nsecond\nthird';
    const { user, router } = renderRoute(`${URL}#L2`);
    const logs = await screen.findByRole('region', { name: 'Log lines' }, { timeout: 10_000 });
    expect(logs.querySelector('[aria-current="true"]')).toHaveAttribute('data-line', '2');
    // The log streams in: its last line may arrive after the first ones.
    await user.click(await within(logs).findByRole('link', { name: 'Link to line 3' }));
    expect(router.state.location.hash).toBe('#L3');
    expect(logs.querySelector('[aria-current="true"]')).toHaveAttribute('data-line', '3');
  });

  it('says plainly that a finished execution has no logs any more, and links persisted logs only when http(s)', async () => {
    state.execution = execution({ logs_url: 'javascript:alert(1)' });
    const first = renderRoute(URL);
    expect(await screen.findByRole('heading', { name: 'No logs available' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/removed about an hour after a manual run ends/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /persisted logs|log service/ })).toBeNull();
    expect(screen.getByText('javascript:alert(1) (not an http(s) link)')).toBeInTheDocument();
    first.unmount();

    state.execution = execution({ logs_url: 'https://logs.example.com/search?q=ingest' });
    renderRoute(URL);
    const link = await screen.findByRole('link', { name: 'Open the persisted logs' }, { timeout: 10_000 });
    expect(link).toHaveAttribute('href', 'https://logs.example.com/search?q=ingest');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('explains empty logs of a run that has not started yet', async () => {
    state.execution = execution({ status: 'submitted', end_time: undefined });
    renderRoute(URL);
    expect(await screen.findByRole('heading', { name: 'Not started yet' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel execution' })).toBeInTheDocument();
  });

  it('explains a cancel that came too late (400) and shows how the run ended', async () => {
    state.execution = execution({ status: 'running', end_time: undefined, message: 'Running' });
    state.cancel = 'finished';
    const { user } = renderRoute(URL);
    await user.click(await screen.findByRole('button', { name: 'Cancel execution' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: `Cancel execution ${ID}?` });
    state.execution = execution();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel execution' }));
    expect(await within(dialog).findByText(/It had already finished/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep running' }));
    const page = await region();
    expect(await within(page).findAllByText('Succeeded')).not.toHaveLength(0);
    expect(within(page).queryByRole('button', { name: 'Cancel execution' })).toBeNull();
  });

  it('shows the arguments this tab sent and offers them for a re-run', async () => {
    rememberSentArguments({ team: TEAM, job: JOB, executionId: ID }, { date: '2026-11-27' });
    const { user } = renderRoute(URL);
    const page = await region();
    expect(within(page).getByText(/"date": "2026-11-27"/)).toBeInTheDocument();
    await user.click(within(page).getByRole('button', { name: 'Re-run with the same arguments' }));
    const dialog = screen.getByRole('dialog', { name: 'Re-run with the same arguments' });
    expect(within(dialog).getByRole('textbox', { name: 'Arguments (JSON object)' })).toHaveValue(
      '{\n  "date": "2026-11-27"\n}',
    );
  });

  it('offers the arguments of a run started from another tab of this browser for a re-run', async () => {
    await browserStore.update<RecentArguments[]>(recentKey({ team: TEAM, job: JOB }), (list) =>
      withRecent(list, { executionId: ID, args: { region: 'eu' }, at: 0 }),
    );
    const { user } = renderRoute(URL);
    const page = await region();
    expect(await within(page).findByText(/"region": "eu"/)).toBeInTheDocument();
    await user.click(within(page).getByRole('button', { name: 'Re-run with the same arguments' }));
    const dialog = screen.getByRole('dialog', { name: 'Re-run with the same arguments' });
    expect(within(dialog).getByRole('textbox', { name: 'Arguments (JSON object)' })).toHaveValue(
      '{\n  "region": "eu"\n}',
    );
    await browserStore.set(recentKey({ team: TEAM, job: JOB }), []);
  });

  it('refreshes a running execution at the config’s pollIntervalMs, so an operator can slow the dashboard down', async () => {
    const startTime = new Date(Date.now() - 1_000).toISOString();
    state.execution = execution({ status: 'running', start_time: startTime, end_time: undefined });
    const fast = renderRoute(URL);
    await region();
    const firstReads = state.detailReads;
    await waitFor(() => expect(state.detailReads).toBeGreaterThan(firstReads), { timeout: 4_000 });
    fast.unmount();

    state.detailReads = 0;
    renderRoute(URL, { config: testConfig({ pollIntervalMs: 60_000 }) });
    await region();
    const reads = state.detailReads;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(state.detailReads).toBe(reads);
  });

  it('says when the execution does not exist, with a way back', async () => {
    state.execution = null;
    renderRoute(URL);
    expect(
      await screen.findByRole('heading', { name: 'Execution not found' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `All executions of ${JOB}` })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs/${JOB}/executions`,
    );
  });
});
