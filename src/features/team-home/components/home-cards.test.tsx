import { act, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { HOSTILE_PAYLOADS } from '@/testing/hostile-payloads';
import { renderWithProviders } from '@/testing/render-with-providers';
import type { CardState } from '../model/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HealthCounts } from '../hooks/use-health-counts';
import type { ScheduleCheck } from '../hooks/use-schedule-misses';
import type { SwitchCheck } from '../hooks/use-notification-coverage';
import type { RecentFailures } from '../hooks/use-recent-failures';
import type { OutcomeBar, SuccessOverTime } from '../hooks/use-success-over-time';
import type { UpcomingRuns } from '../hooks/use-upcoming-runs';
import { homeLinks } from '../model/home-links';
import { notificationCoverage } from '../model/notification-coverage';
import { timeBuckets } from '../model/time-buckets';
import { HealthNowCard } from './health-now-card';
import { NotificationCoverageCard } from './notification-coverage-card';
import { RecentFailuresCard } from './recent-failures-card';
import { SuccessOverTimeCard } from './success-over-time-card';
import { UpcomingRunsCard } from './upcoming-runs-card';

const TEAM = 'analytics';
const HOSTILE = HOSTILE_PAYLOADS[0]!;
const links = homeLinks(TEAM);

function state<T>(overrides: Partial<CardState<T>>): CardState<T> {
  return {
    data: undefined,
    isPending: false,
    error: null,
    isFetching: false,
    updatedAt: 0,
    refetch: vi.fn(),
    ...overrides,
  };
}
const pending = <T,>() => state<T>({ isPending: true });
const unavailable = new ApiError({
  kind: 'http',
  status: 503,
  method: 'GET',
  url: '/data-jobs/for-team/analytics/jobs',
});

const NO_FAILING: FailingJobs = { jobs: [], userError: 0, platformError: 0 };
const QUIET: HealthCounts = { userError: 0, platformError: 0, running: 0, submitted: 0, disabled: 0, notDeployed: 0 };

const NOTHING_MISSED: ScheduleCheck = {
  kind: 'checked',
  missed: 0,
  late: 0,
  jobs: [],
  checked: 3,
  unchecked: 0,
  partlyKnown: 0,
};

const health = (
  counts: CardState<HealthCounts>,
  failing: CardState<FailingJobs> = state({ data: NO_FAILING }),
  schedule: CardState<ScheduleCheck> = state({ data: NOTHING_MISSED }),
) => renderWithProviders(<HealthNowCard counts={counts} failing={failing} schedule={schedule} links={links} />);

afterEach(() => vi.useRealTimers());

describe('Health now', () => {
  it('shows that it is loading, and says so again when the service is slow', () => {
    vi.useFakeTimers();
    health(pending());
    const card = screen.getByRole('region', { name: 'Health now' });
    expect(within(card).getByRole('progressbar', { name: 'Loading health now' })).toBeInTheDocument();
    expect(card).not.toHaveTextContent('Still waiting');
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(within(card).getByRole('status')).toHaveTextContent('Still waiting for the Control Service');
  });

  it('shows the service’s failure with a Retry that asks again', async () => {
    const counts = state<HealthCounts>({ error: unavailable });
    const { user } = health(counts);
    const card = screen.getByRole('region', { name: 'Health now' });
    expect(within(card).getByText('Could not load health now')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    expect(counts.refetch).toHaveBeenCalled();
  });

  it('keeps the last figures with a warning when a refresh failed', () => {
    health(state({ data: { ...QUIET, running: 2 }, error: unavailable }));
    const card = screen.getByRole('region', { name: 'Health now' });
    expect(within(card).getByText(/Could not refresh/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '2 running' })).toBeInTheDocument();
  });

  it('shows its counts while the failing jobs’ table still loads, and that table’s own failure', async () => {
    const { unmount } = health(state({ data: { ...QUIET, userError: 2 } }), pending());
    const card = screen.getByRole('region', { name: 'Health now' });
    expect(within(card).getByRole('link', { name: '2 failing: user error' })).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: 'Loading failing jobs' })).toBeInTheDocument();
    unmount();
    const failing = state<FailingJobs>({ error: unavailable });
    const { user } = health(state({ data: QUIET }), failing);
    expect(screen.getByText('Could not load failing jobs')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(failing.refetch).toHaveBeenCalled();
  });

  it('says when nothing is failing', () => {
    health(state({ data: QUIET }));
    expect(screen.getByText('No job’s last run failed.')).toBeInTheDocument();
  });

  it('writes huge counts in full, each a link to its filtered page', () => {
    health(
      state({
        data: {
          userError: 99_999,
          platformError: 3,
          running: 1_234_567,
          submitted: 42_000,
          disabled: 10_000,
          notDeployed: 0,
        },
      }),
      state({ data: { jobs: [], userError: 99_999, platformError: 3 } }),
    );
    expect(screen.getByRole('link', { name: '1,234,567 running' })).toHaveAttribute(
      'href',
      '/teams/analytics/executions?status=running',
    );
    expect(screen.getByRole('link', { name: '42,000 submitted' })).toHaveAttribute(
      'href',
      '/teams/analytics/executions?status=submitted',
    );
    expect(screen.getByRole('link', { name: '10,000 disabled' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs?deployment=disabled',
    );
    expect(screen.getByRole('link', { name: '99,999 failing: user error' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs?status=user_error',
    );
  });

  it('counts missed and late scheduled runs, each count and job opening its timeline', () => {
    const schedule: ScheduleCheck = {
      kind: 'checked',
      missed: 12_345,
      late: 1,
      checked: 1_000,
      unchecked: 2,
      partlyKnown: 3,
      jobs: [
        { team: TEAM, job: 'ingest-sales', missed: 12_344, late: 0 },
        { team: TEAM, job: HOSTILE, missed: 1, late: 1 },
      ],
    };
    health(state({ data: QUIET }), undefined, state({ data: schedule }));
    const card = screen.getByRole('region', { name: 'Health now' });
    expect(within(card).getByRole('link', { name: '12,345 missed runs, 24\u00a0h' })).toHaveAttribute(
      'href',
      '/teams/analytics/executions?preset=24h&view=timeline',
    );
    // Only one job was late: its count opens that job's timeline.
    expect(within(card).getByRole('link', { name: '1 late run, 24\u00a0h' })).toHaveAttribute(
      'href',
      `/teams/analytics/executions?job=${encodeURIComponent(HOSTILE).replace(/%20/g, '+')}&preset=24h&view=timeline`,
    );
    expect(within(card).getByRole('link', { name: 'ingest-sales' })).toHaveAttribute(
      'href',
      '/teams/analytics/executions?job=ingest-sales&preset=24h&view=timeline',
    );
    expect(card).toHaveTextContent(`ingest-sales (12,344 missed), ${HOSTILE} (1 missed, 1 late)`);
    expect(card).toHaveTextContent('2 jobs with too many runs in the window to check here');
    expect(card).toHaveTextContent('3 jobs checked only since their oldest kept run');
  });

  it('shows the other figures while the schedules are checked, and says when they cannot be', async () => {
    const { unmount } = health(state({ data: QUIET }), undefined, pending());
    expect(screen.getByRole('link', { name: /Late or missed runs: checking the last 24 hours/ })).toHaveAttribute(
      'href',
      '/teams/analytics/executions?preset=24h&view=timeline',
    );
    expect(screen.getByRole('link', { name: '0 running' })).toBeInTheDocument();
    unmount();
    const failed = state<ScheduleCheck>({ error: unavailable });
    const { user } = health(state({ data: QUIET }), undefined, failed);
    expect(screen.getByRole('link', { name: /Late or missed runs: could not check/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalled();
  });

  it('says when a team has too many enabled jobs to check on the home', () => {
    health(state({ data: QUIET }), undefined, state({ data: { kind: 'too-many', enabledJobs: 9_000 } }));
    expect(
      screen.getByRole('link', { name: /Late or missed runs: 9,000 enabled jobs, too many to check here/ }),
    ).toBeInTheDocument();
  });

  it('lists failing jobs with how many in a row and since when, linking the last failed run', () => {
    const failing: FailingJobs = {
      userError: 1,
      platformError: 0,
      jobs: [
        {
          team: TEAM,
          job: 'ingest-sales',
          status: 'user_error',
          streak: { count: 20, since: '2026-11-30T10:00:00Z', isAtLeast: true, latest: { id: 'ingest-sales-9' } },
        },
      ],
    };
    health(state({ data: QUIET }), state({ data: failing }));
    const row = screen.getByRole('row', { name: /ingest-sales/ });
    expect(row).toHaveTextContent('20+');
    expect(within(row).getByRole('link', { name: 'Last failed run of ingest-sales' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/ingest-sales/executions/ingest-sales-9',
    );
  });
});

describe('Recent failures', () => {
  const failures = (data: RecentFailures) =>
    renderWithProviders(<RecentFailuresCard state={state({ data })} team={TEAM} links={links} />);

  it('says when nothing failed in the last day', () => {
    failures({ groups: [], total: 0, read: 0, since: '2026-12-01T00:00:00Z' });
    expect(screen.getByText('No run failed in the last 24 hours.')).toBeInTheDocument();
  });

  it('shows a job that failed repeatedly as one row with its count; its message as text', () => {
    failures({
      groups: [
        {
          job: 'load-invoices',
          count: 3,
          latest: {
            id: 'load-invoices-3',
            jobName: 'load-invoices',
            status: 'PLATFORM_ERROR',
            startTime: '2026-12-01T23:00:00Z',
            endTime: '2026-12-01T23:02:05Z',
            message: HOSTILE,
          },
        },
      ],
      total: 1_500,
      read: 200,
      since: '2026-12-01T00:00:00Z',
    });
    const row = screen.getByRole('row', { name: /load-invoices/ });
    expect(row).toHaveTextContent(HOSTILE);
    expect(row).toHaveTextContent('Platform error');
    expect(row).toHaveTextContent('2m 5s');
    expect(within(row).getByRole('link', { name: '3 failures of load-invoices in 24 hours' })).toHaveTextContent('3+');
    expect(within(row).getByRole('link', { name: 'load-invoices: newest failed run' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/load-invoices/executions/load-invoices-3',
    );
    expect(screen.getByRole('link', { name: 'All 1,500 failed runs of the last 24 hours' })).toBeInTheDocument();
  });
});

describe('Success over time', () => {
  const bars = (counts: OutcomeBar['counts'][]): OutcomeBar[] =>
    timeBuckets('24h', new Date('2026-12-02T01:30:00Z'), 'UTC').map((bucket, index) => ({
      ...bucket,
      counts: counts[index] ?? { succeeded: 0, user_error: 0, platform_error: 0, other: 0 },
    }));
  /** Every count answered. */
  const counted = (counts: OutcomeBar['counts'][]): SuccessOverTime => ({ bars: bars(counts), counted: 96, cells: 96 });

  it('gives the success rate and totals in words, each segment a link to its window and status', () => {
    renderWithProviders(
      <SuccessOverTimeCard
        state={state({ data: counted([{ succeeded: 39, user_error: 1, platform_error: 0, other: 2 }]) })}
        span="24h"
        onSpanChange={vi.fn()}
        links={links}
      />,
    );
    const card = screen.getByRole('region', { name: 'Success over time' });
    expect(card).toHaveAttribute('aria-busy', 'false');
    expect(card).toHaveTextContent('Last 24 hours: 42 finished runs, 97.5% succeeded');
    const chart = within(card).getByRole('group', { name: /Finished runs per hour/ });
    const segment = within(chart).getByRole('link', { name: /1 user error$/ });
    expect(segment).toHaveAttribute(
      'href',
      '/teams/analytics/executions?from=2026-12-01T02%3A00%3A00.000Z&to=2026-12-01T02%3A59%3A59.999Z&status=user_error',
    );
  });

  it('draws the bars counted so far and says it is still counting, with no totals until every count is in', () => {
    const newest = { succeeded: 12, user_error: 0, platform_error: 3, other: 0 };
    const counts: OutcomeBar['counts'][] = [];
    counts[23] = newest;
    renderWithProviders(
      <SuccessOverTimeCard
        state={state({ data: { bars: bars(counts), counted: 8, cells: 96 }, isFetching: true })}
        span="24h"
        onSpanChange={vi.fn()}
        links={links}
      />,
    );
    const card = screen.getByRole('region', { name: 'Success over time' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).getByRole('status')).toHaveTextContent('counting finished runs, newest first… 8 of 96 counts');
    expect(card).not.toHaveTextContent(/\d finished runs?|% succeeded/);
    const chart = within(card).getByRole('group', { name: /Finished runs per hour/ });
    expect(
      within(chart)
        .getAllByRole('link')
        .map((link) => link.getAttribute('aria-label')),
    ).toEqual([expect.stringMatching(/^\d\d:00: 12 succeeded$/), expect.stringMatching(/^\d\d:00: 3 platform error$/)]);
  });

  it('says when no run finished', () => {
    renderWithProviders(
      <SuccessOverTimeCard state={state({ data: counted([]) })} span="24h" onSpanChange={vi.fn()} links={links} />,
    );
    expect(screen.getByText(/0 finished runs/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Success over time' })).toHaveTextContent('none passed or failed');
  });
});

describe('Notification coverage', () => {
  const switches = (overrides: Partial<SwitchCheck> = {}): SwitchCheck => ({
    total: 0,
    failed: 0,
    off: [],
    isStarted: true,
    start: vi.fn(),
    ...overrides,
  });
  const coverage = notificationCoverage([
    { team: TEAM, job: 'user-only', userError: ['a@x.com'], platformError: [], isDeployed: true },
    { team: TEAM, job: 'nobody', userError: [], platformError: [], isDeployed: true },
  ]);

  it('lists the uncovered jobs per kind of failure, each linking into its contacts editor at that kind’s list', () => {
    renderWithProviders(<NotificationCoverageCard state={state({ data: coverage })} switches={switches()} />);
    const platform = screen.getByRole('region', { name: 'Platform errors notify nobody' });
    expect(
      within(platform)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['user-only · edit contacts', 'nobody · edit contacts']);
    expect(within(platform).getByRole('link', { name: 'user-only · edit contacts' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/user-only?edit=contacts&field=notified_on_job_failure_platform_error',
    );
    const user = screen.getByRole('region', { name: 'User errors notify nobody' });
    expect(within(user).getByRole('link')).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/nobody?edit=contacts&field=notified_on_job_failure_user_error',
    );
  });

  it('asks before checking a large team’s switches one request a job, and lists the ones off', async () => {
    const start = vi.fn();
    const { user, unmount } = renderWithProviders(
      <NotificationCoverageCard
        state={state({ data: coverage })}
        switches={switches({ total: 812, isStarted: false, start })}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Check 812 jobs for switched-off notifications' }));
    expect(start).toHaveBeenCalled();
    unmount();
    renderWithProviders(
      <NotificationCoverageCard
        state={state({ data: coverage })}
        switches={switches({ total: 2, failed: 1, off: [{ team: TEAM, job: 'user-only' }] })}
      />,
    );
    const off = screen.getByRole('region', { name: 'Execution notifications switched off' });
    expect(within(off).getByRole('link', { name: 'user-only · edit settings' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/user-only?edit=settings&field=enable_execution_notifications',
    );
    expect(screen.getByText(/1 jobs could not be checked/)).toBeInTheDocument();
  });
});

describe('every card after Health now', () => {
  const upcoming = (data: UpcomingRuns) => <UpcomingRunsCard state={state({ data })} links={links} />;
  /** Each card rendered with a given state, by the name of its region. */
  const cards: [string, (cardState: CardState<never>) => ReactElement][] = [
    [
      'Success over time',
      (cardState) => <SuccessOverTimeCard state={cardState} span="24h" onSpanChange={vi.fn()} links={links} />,
    ],
    ['Recent failures (24 h)', (cardState) => <RecentFailuresCard state={cardState} team={TEAM} links={links} />],
    ['Upcoming runs (next 3 h)', (cardState) => <UpcomingRunsCard state={cardState} links={links} />],
    [
      'Notification coverage',
      (cardState) => (
        <NotificationCoverageCard
          state={cardState}
          switches={{ total: 0, failed: 0, off: [], isStarted: true, start: vi.fn() }}
        />
      ),
    ],
  ];

  it.each(cards)('%s says it is loading, and again when the service is slow', (name, card) => {
    vi.useFakeTimers();
    renderWithProviders(card(pending()));
    const region = screen.getByRole('region', { name });
    expect(within(region).getByRole('progressbar', { name: `Loading ${name.toLowerCase()}` })).toBeInTheDocument();
    expect(region).toHaveAttribute('aria-busy', 'true');
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(within(region).getByRole('status')).toHaveTextContent('Still waiting for the Control Service');
  });

  it.each(cards)('%s shows the service’s failure with a Retry that asks again', async (name, card) => {
    const failed = state<never>({ error: unavailable });
    const { user } = renderWithProviders(card(failed));
    const region = screen.getByRole('region', { name });
    expect(within(region).getByText(`Could not load ${name.toLowerCase()}`)).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalled();
  });

  it('Upcoming runs says when nothing is scheduled, and counts a huge number of jobs in full', () => {
    const { unmount } = renderWithProviders(upcoming({ runs: [], jobs: 0, to: new Date() }));
    expect(screen.getByText('No enabled job is scheduled in the next 3 hours.')).toBeInTheDocument();
    unmount();
    renderWithProviders(
      upcoming({
        runs: [{ team: TEAM, job: HOSTILE, at: new Date(Date.now() + 600_000) }],
        jobs: 12_345,
        to: new Date(),
      }),
    );
    const region = screen.getByRole('region', { name: 'Upcoming runs (next 3 h)' });
    expect(within(region).getByRole('link', { name: HOSTILE })).toHaveAttribute(
      'href',
      `/teams/analytics/jobs/${encodeURIComponent(HOSTILE)}`,
    );
    expect(region).toHaveTextContent('12,345 jobs run in the next 3 hours');
  });

  it('Success over time writes huge totals in full', () => {
    const huge = timeBuckets('24h', new Date('2026-12-02T01:30:00Z'), 'UTC').map((bucket) => ({
      ...bucket,
      counts: { succeeded: 1_000_000, user_error: 250_000, platform_error: 0, other: 0 },
    }));
    renderWithProviders(
      <SuccessOverTimeCard
        state={state({ data: { bars: huge, counted: 96, cells: 96 } })}
        span="24h"
        onSpanChange={vi.fn()}
        links={links}
      />,
    );
    const region = screen.getByRole('region', { name: 'Success over time' });
    expect(region).toHaveTextContent('30,000,000 finished runs, 80.0% succeeded');
    expect(within(region).getByRole('link', { name: '6,000,000 user error' })).toBeInTheDocument();
  });

  it('Notification coverage says when no job is deployed, and counts thousands of uncovered jobs', () => {
    const { unmount } = renderWithProviders(
      <NotificationCoverageCard
        state={state({ data: notificationCoverage([]) })}
        switches={{ total: 0, failed: 0, off: [], isStarted: true, start: vi.fn() }}
      />,
    );
    expect(screen.getByText('No job is deployed, so no failure can notify anyone yet.')).toBeInTheDocument();
    unmount();
    const many = Array.from({ length: 2_500 }, (_, index) => ({
      team: TEAM,
      job: `job-${index}`,
      userError: [],
      platformError: [],
      isDeployed: true,
    }));
    renderWithProviders(
      <NotificationCoverageCard
        state={state({ data: notificationCoverage(many) })}
        switches={{ total: 0, failed: 0, off: [], isStarted: true, start: vi.fn() }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'User errors notify nobody: 2,500' })).toBeInTheDocument();
  });
});
