import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JobSummary } from '@/api/types';
import { renderRoute } from '@/testing/render-with-providers';
import { PAGE_TURN_WAIT_MS } from '../hooks/use-jobs';

/**
 * The job list's states that the emulator cannot be told to produce on cue (a failing service, an
 * empty team, a filter without matches), against a stand-in for the jobs query (MSW). What is
 * asserted is what the user sees and where the URL goes.
 */
const TEAM = 'data-platform';

interface Page {
  content: JobSummary[];
  totalItems: number;
  totalPages: number;
}

function job(name: string, overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    jobName: name,
    config: {
      team: TEAM,
      description: `Job ${name}`,
      sourceUrl: null,
      contacts: null,
      schedule: { scheduleCron: '0 2 * * *', nextRunEpochSeconds: 1_800_000_000 },
    },
    deployments: [
      {
        id: null,
        enabled: true,
        jobVersion: 'abc',
        jobPythonVersion: '3.11',
        lastDeployedBy: 'jdoe',
        lastDeployedDate: '2026-11-20T10:00Z',
        lastExecutionStatus: 'USER_ERROR',
        lastExecutionTime: '2026-11-27T10:00Z',
        lastExecutionDuration: 75,
        successfulExecutions: 3,
        failedExecutions: 1,
        executions: [
          {
            id: `${name}-2`,
            type: 'SCHEDULED',
            status: 'USER_ERROR',
            startTime: '2026-11-27T09:58:45Z',
            endTime: '2026-11-27T10:00Z',
            message: 'Table sales does not exist',
          },
          {
            id: `${name}-1`,
            type: 'MANUAL',
            status: 'SUCCEEDED',
            startTime: '2026-11-26T09:58Z',
            endTime: '2026-11-26T10:00Z',
            message: 'Success',
          },
        ],
      },
    ],
    ...overrides,
  };
}

const page = (content: JobSummary[], totalItems = content.length): Page => ({
  content,
  totalItems,
  totalPages: Math.max(1, Math.ceil(totalItems / 25)),
});

/** What each jobs query asked for, and the answers to give, in order (the last one repeats). */
const calls: { team: string; variables: Record<string, unknown> }[] = [];
let answers: (() => Response | Promise<Response>)[] = [];

const created: unknown[] = [];
let createAnswer: () => Response = () => new HttpResponse(null, { status: 201 });

const server = setupServer(
  http.post('*/data-jobs/for-team/:team/jobs', async ({ request }) => {
    created.push(await request.json());
    return createAnswer();
  }),
  http.get('*/data-jobs/for-team/:team/jobs', ({ request, params }) => {
    const url = new URL(request.url);
    calls.push({ team: String(params.team), variables: JSON.parse(url.searchParams.get('variables') ?? '{}') });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    return answer();
  }),
);

const ok = (data: Page) => () => HttpResponse.json({ data });
const okAfter = (ms: number, data: Page) => async () => {
  await delay(ms);
  return ok(data)();
};
const unavailable = () =>
  HttpResponse.json(
    {
      what: 'Database encountered an error: connection refused.',
      why: 'The jobs store is down.',
      consequences: 'The list cannot be read.',
      countermeasures: 'Try again in a minute.',
    },
    { status: 503, headers: { 'X-OPID': 'op-123' } },
  );

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
  answers = [];
  created.length = 0;
  createAnswer = () => new HttpResponse(null, { status: 201 });
});
afterAll(() => server.close());

/** Page 1 of a team of 60 jobs: `job-00` to `job-24`. */
const firstOfThreePages = ok(
  page(
    Array.from({ length: 25 }, (_, index) => job(`job-${String(index).padStart(2, '0')}`)),
    60,
  ),
);

/** The page is a lazy route: its first render in a test waits for the module to load and transform. */
const PAGE_LOAD = { timeout: 10_000 };

const lastFilter = () => calls.at(-1)?.variables.filter as { property: string; pattern?: string; sort?: string }[];

// The first test also pays for loading the lazy page and MUI into jsdom.
describe('JobsPage', { timeout: 30_000 }, () => {
  it('shows the service’s error with its details, and recovers on Retry', async () => {
    answers = [unavailable, ok(page([job('ingest-sales')]))];
    const { user } = renderRoute(`/teams/${TEAM}/jobs`);

    const alert = await screen.findByRole('alert', {}, PAGE_LOAD);
    expect(within(alert).getByText('Could not load the jobs')).toBeInTheDocument();
    expect(within(alert).getByText('Database encountered an error: connection refused.')).toBeInTheDocument();
    expect(alert).toHaveTextContent('What you can do: Try again in a minute.');
    expect(within(alert).getByText(/HTTP 503 · Op id op-123/)).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Copy details' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says plainly when the service refuses access, and offers the other teams', async () => {
    answers = [() => new HttpResponse(null, { status: 403 })];
    renderRoute(`/teams/${TEAM}/jobs`);

    expect(await screen.findByRole('heading', { name: 'No access' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByText(/You are not allowed to see the jobs of team data-platform/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Jobs of analytics' })).toHaveAttribute('href', '/teams/analytics/jobs');
  });

  it('says a team has no jobs yet and offers to create one', async () => {
    answers = [ok(page([]))];
    renderRoute(`/teams/${TEAM}/jobs`);

    expect(await screen.findByRole('heading', { name: 'No jobs yet' }, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.getByText(/Team data-platform has no data jobs/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Create job' })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    // The team is always a filter: the service ignores the team in the path.
    expect(lastFilter()).toContainEqual({ property: 'config.team', pattern: TEAM });
  });

  it('says which filters match nothing, and clearing them empties the URL and asks again without them', async () => {
    answers = [ok(page([])), ok(page([job('ingest-sales')]))];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs?search=nothing&deployment=disabled&status=user_error`);

    expect(await screen.findByRole('heading', { name: 'No jobs match' }, PAGE_LOAD)).toBeInTheDocument();
    expect(
      screen.getByText('No job matches “nothing” and deployment disabled and last status user error.'),
    ).toBeInTheDocument();
    expect(calls[0]?.variables.search).toBe('nothing');
    expect(lastFilter()).toEqual(
      expect.arrayContaining([
        { property: 'deployments.enabled', pattern: 'disabled' },
        { property: 'deployments.lastExecutionStatus', pattern: 'user_error' },
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD)).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(calls.at(-1)?.variables.search).toBeUndefined();
    expect(lastFilter()).toEqual([
      { property: 'config.team', pattern: TEAM },
      { property: 'jobName', sort: 'ASC' },
    ]);
  });

  it('names the link parameters it ignored, shows the defaults, and can drop them from the link', async () => {
    answers = [ok(page([job('ingest-sales')]))];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs?size=33&sort=-colour&search=sales`);

    const notice = await screen.findByText(/Some settings in this link were ignored/, {}, PAGE_LOAD);
    expect(notice).toHaveTextContent('size=33 (expected one of 25, 50, 100)');
    expect(notice).toHaveTextContent('sort=-colour (expected a sortable column');
    expect(calls[0]?.variables).toMatchObject({ pageSize: 25, search: 'sales' });

    await user.click(screen.getByRole('button', { name: 'Remove from link' }));
    await waitFor(() => expect(router.state.location.search).toBe('?search=sales'));
    await waitFor(() => expect(screen.queryByText(/Some settings in this link were ignored/)).not.toBeInTheDocument());
  });

  it('shows each job with its state, last status and message, and links every recent execution', async () => {
    answers = [ok(page([job('ingest-sales')]))];
    renderRoute(`/teams/${TEAM}/jobs`);

    const row = (await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD)).closest('tr')!;
    expect(within(row).getByText('Enabled')).toBeInTheDocument();
    // The last run's message travels with its status, on hover and keyboard focus.
    const status = within(row).getByText('User error').closest('[aria-describedby]');
    expect(status).toHaveAccessibleDescription('Table sales does not exist');
    expect(within(row).getByText('75%')).toBeInTheDocument();
    const strip = within(row).getByRole('list', { name: 'Recent executions, oldest first' });
    const links = within(strip).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/teams/${TEAM}/jobs/ingest-sales/executions/ingest-sales-1`,
      `/teams/${TEAM}/jobs/ingest-sales/executions/ingest-sales-2`,
    ]);
    expect(links[1]).toHaveAccessibleName('User error, started 2026-11-27 11:58 GMT+2');
  });

  it('tells a running job the same in Last status and Last run, and holds its Execute now', async () => {
    const base = job('ingest-sales');
    const deployment = base.deployments![0]!;
    const running = {
      id: 'ingest-sales-3',
      type: 'MANUAL',
      status: 'RUNNING',
      startTime: '2026-11-28T09:00Z',
      endTime: null,
      message: null,
    } as const;
    const executions = [running, ...(deployment.executions ?? [])];
    answers = [ok(page([{ ...base, deployments: [{ ...deployment, executions }] }], 1000))];
    renderRoute(`/teams/${TEAM}/jobs`);

    const row = (await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD)).closest('tr')!;
    expect(within(row).getByText('Running')).toBeInTheDocument();
    // Last run stays the last finished run, the service's sort key for this column; the run now is its caption.
    const lastRun = within(row)
      .getByText(/^Running for\b/)
      .closest('td')!;
    expect(lastRun.querySelector('time')).toHaveAttribute(
      'datetime',
      new Date(deployment.lastExecutionTime!).toISOString(),
    );
    expect(within(row).queryByText(/took/)).toBeNull();
    const execute = within(row).getByRole('button', { name: 'Execute now: ingest-sales' });
    expect(execute).toBeDisabled();
    expect(execute.closest('[aria-describedby]')).toHaveAccessibleDescription(
      'Running now: the Control Service starts one execution at a time.',
    );
    // Counts read as everywhere else: one number format.
    expect(screen.getByText(/of 1,000 jobs/)).toBeInTheDocument();
  });

  it('sorts on the service by a header click, and the second click flips the direction', async () => {
    answers = [ok(page([job('ingest-sales')]))];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs?page=2`);
    await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD);

    await user.click(screen.getByRole('button', { name: 'Last run' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=last_run'));
    await waitFor(() =>
      expect(lastFilter().at(-1)).toEqual({ property: 'deployments.lastExecutionTime', sort: 'ASC' }),
    );
    expect(calls.at(-1)?.variables.pageNumber).toBe(1);

    await user.click(screen.getByRole('button', { name: /Last run/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-last_run'));
    await waitFor(() =>
      expect(lastFilter().at(-1)).toEqual({ property: 'deployments.lastExecutionTime', sort: 'DESC' }),
    );
    expect(screen.getByRole('columnheader', { name: /Last run/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('asks for the next page as soon as the pointer is on Next, and turning to it asks nothing more', async () => {
    answers = [firstOfThreePages, ok(page([job('job-25')], 60))];
    // renderRoute keeps reads fresh, as the app does: what was just read is not asked again.
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs`);
    await screen.findByRole('link', { name: 'job-00' }, PAGE_LOAD);
    expect(calls.map((call) => call.variables.pageNumber)).toEqual([1]);

    await user.hover(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(calls.map((call) => call.variables.pageNumber)).toEqual([1, 2]));
    expect(router.state.location.search).toBe('');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'job-25' })).toBeVisible();
    expect(router.state.location.search).toBe('?page=2');
    expect(calls.map((call) => call.variables.pageNumber)).toEqual([1, 2]);
  });

  it('replaces the rows by the next page’s once it arrives, without showing the previous page dimmed first', async () => {
    answers = [
      firstOfThreePages,
      // Answered after the press (the pointer reached Next just before it), well within the turn's wait.
      okAfter(PAGE_TURN_WAIT_MS / 3, page([job('job-25')], 60)),
    ];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs`);
    await screen.findByRole('link', { name: 'job-00' }, PAGE_LOAD);
    const table = screen.getByRole('table', { name: 'Jobs' });
    const busy: (string | null)[] = [];
    const observer = new MutationObserver(() => busy.push(table.getAttribute('aria-busy')));
    observer.observe(table, { attributes: true, attributeFilter: ['aria-busy'] });

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'job-25' })).toBeVisible();
    observer.disconnect();
    expect(busy).toEqual([]);
    expect(router.state.location.search).toBe('?page=2');
  });

  it('dims the previous page while a slow next page loads', async () => {
    answers = [firstOfThreePages, okAfter(PAGE_TURN_WAIT_MS * 4, page([job('job-25')], 60))];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs`);
    await screen.findByRole('link', { name: 'job-00' }, PAGE_LOAD);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Jobs' })).toHaveAttribute('aria-busy', 'true'));
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.getByText(/26–50 of 60 jobs/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'job-00' })).toBeVisible();

    expect(await screen.findByRole('link', { name: 'job-25' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Jobs' })).not.toHaveAttribute('aria-busy');
  });

  it('focuses the search with / and narrows the list through the URL after a pause', async () => {
    answers = [ok(page([job('ingest-sales')]))];
    const { user, router } = renderRoute(`/teams/${TEAM}/jobs`);
    await screen.findByRole('link', { name: 'ingest-sales' }, PAGE_LOAD);

    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Search jobs' });
    expect(search).toHaveFocus();
    await user.keyboard('sales');
    await waitFor(() => expect(router.state.location.search).toBe('?search=sales'));
    await waitFor(() => expect(calls.at(-1)?.variables.search).toBe('sales'));
  });

  it('creates a job, putting the service’s refusals on the field they concern and keeping the input', async () => {
    answers = [ok(page([]))];
    createAnswer = () => new HttpResponse(null, { status: 409 });
    // A 409 is read back in case it hides this request's own success; the job is another team's: 404 here.
    server.use(http.get('*/data-jobs/for-team/:team/jobs/:job', () => new HttpResponse(null, { status: 404 })));
    const { user } = renderRoute(`/teams/${TEAM}/jobs`);
    await user.click((await screen.findAllByRole('button', { name: 'Create job' }, PAGE_LOAD))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Create job' }, PAGE_LOAD);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });

    await user.type(name, '9lives');
    expect(name).toHaveAccessibleDescription(/must start with a lowercase letter/);
    await user.clear(name);
    await user.type(name, 'ingest-sales');
    await user.type(within(dialog).getByRole('textbox', { name: /Schedule/ }), '@daily');
    expect(within(dialog).getByText('At 00:00')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('table', { name: 'Next 5 runs' })).getAllByRole('row')).toHaveLength(6);
    expect(within(dialog).getByRole('textbox', { name: 'Notify on user error' })).toHaveAccessibleDescription(
      'E-mail addresses, one per line or separated by commas.',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Notify on user error' }), 'oncall@example.com, bad');
    await user.click(within(dialog).getByRole('button', { name: 'Create job' }));
    expect(within(dialog).getByRole('textbox', { name: 'Notify on user error' })).toHaveAccessibleDescription(
      'Not an e-mail address: bad',
    );
    expect(created).toHaveLength(0);

    await user.clear(within(dialog).getByRole('textbox', { name: 'Notify on user error' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Notify on user error' }), 'oncall@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Create job' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        /A job named “ingest-sales” already exists \(names are unique across all teams\)/,
      ),
    );
    expect(name).toHaveValue('ingest-sales');
    expect(created[0]).toMatchObject({
      job_name: 'ingest-sales',
      team: TEAM,
      config: {
        schedule: { schedule_cron: '0 0 * * *' },
        contacts: { notified_on_job_failure_user_error: ['oncall@example.com'] },
      },
    });

    createAnswer = () => new HttpResponse(null, { status: 201 });
    answers = [ok(page([job('ingest-sales-2')]))];
    await user.type(name, '-2');
    await user.click(within(dialog).getByRole('button', { name: 'Create job' }));
    expect(
      await screen.findByText('Job ingest-sales-2 created in team data-platform.', { exact: false }),
    ).toBeInTheDocument();
    // How to run it: the Deployment tab as well as the CLI.
    expect(screen.getByRole('link', { name: 'Deployment tab' })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs/ingest-sales-2/deployment`,
    );
    expect(await screen.findByRole('link', { name: 'ingest-sales-2' })).toBeInTheDocument();
  });
});
