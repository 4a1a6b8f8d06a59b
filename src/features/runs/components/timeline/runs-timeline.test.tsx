import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { DEFAULT_RUNS_SEARCH } from '../../model/runs-search';
import RunsTimeline from './runs-timeline';

const TEAM = 'analytics';

/** The timeline's two questions (GraphQL over GET): its jobs, answered as `jobs` says, and their runs (none). */
function serve(jobs: () => Promise<Response>) {
  server.use(
    http.get('*/data-jobs/for-team/:team/jobs', ({ request }) =>
      new URL(request.url).searchParams.get('operation_name') === 'TimelineJobs'
        ? jobs()
        : HttpResponse.json({ data: { content: [], totalItems: 0, totalPages: 0 } }),
    ),
  );
}

const jobsPage = () =>
  HttpResponse.json({
    data: {
      content: [{ jobName: 'ingest-sales', config: { team: TEAM, schedule: { scheduleCron: '0 * * * *' } } }],
      totalItems: 1,
      totalPages: 1,
    },
  });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const renderTimeline = () =>
  renderWithProviders(
    <RunsTimeline
      team={TEAM}
      pathTeam={TEAM}
      search={{ ...DEFAULT_RUNS_SEARCH, view: 'timeline' }}
      setFilters={vi.fn()}
    />,
  );

describe('runs timeline', () => {
  it('says it is loading, never "0 jobs", until its jobs answered', async () => {
    let answer = () => {};
    serve(() => new Promise((resolve) => (answer = () => resolve(jobsPage()))));
    renderTimeline();

    expect(await screen.findByText('Loading the jobs…')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/\d+ jobs?\./)).not.toBeInTheDocument();
    const busy = screen.getByRole('progressbar', { name: 'Loading the timeline' }).closest('[aria-busy="true"]');
    expect(busy).not.toBeNull();

    answer();
    // The lanes (the virtualizer draws none in jsdom, which lays nothing out) are described by the count.
    expect(
      await screen.findByRole('region', { name: 'Runs per job', description: /^1 job\. On the 0 shown/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Loading the timeline' })).not.toBeInTheDocument();
    expect(busy).toHaveAttribute('aria-busy', 'false');
  });

  it('says when its jobs could not be loaded, and Retry asks again', async () => {
    let fails = true;
    serve(async () => {
      await delay(10);
      return fails ? HttpResponse.json({ what: 'Jobs', why: 'Unavailable.' }, { status: 503 }) : jobsPage();
    });
    const { user } = renderTimeline();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the timeline');
    expect(screen.getByText('The jobs could not be loaded.')).toHaveAttribute('role', 'status');
    expect(screen.queryByText(/\d+ jobs?\./)).not.toBeInTheDocument();
    expect(screen.queryByText('No jobs to show')).not.toBeInTheDocument();

    fails = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Runs per job', description: /^1 job\./ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
