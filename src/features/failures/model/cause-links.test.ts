import { describe, expect, it } from 'vitest';
import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
import { historyRun } from './failure-fixtures';
import { causeRunsHref, linkNamesJobs, sampleRunHref } from './cause-links';
import { triageFailures, type Cause, type CauseKind } from './triage';

const at = (minute: number) => new Date(Date.parse('2026-12-01T10:00:00Z') + minute * 60_000).toISOString();
const platform = { status: 'PLATFORM_ERROR', message: 'Platform error' } as const;
const signature = { step: '20_ingest.py', error: "KeyError: 'customer_id'" };

/** One cause of each kind, most of them across jobs. */
const causes = triageFailures({
  failures: [
    historyRun({ id: 'a-1', jobName: 'incident-a', ...platform, startTime: at(0) }),
    historyRun({ id: 'b-1', jobName: 'incident-b', ...platform, startTime: at(5) }),
    historyRun({
      id: 'c-2',
      jobName: 'changed',
      startTime: at(120),
      deployment: { jobVersion: 'bbbbbbb2', vdkVersion: '0.3.1', deployedBy: 'bob', deployedDate: at(100) },
    }),
    historyRun({ id: 'd-1', jobName: 'log-d', startTime: at(200) }),
    historyRun({ id: 'e-1', jobName: 'log-e', startTime: at(210) }),
    historyRun({ id: 'f-1', jobName: 'message-f', message: 'Out of memory', startTime: at(300) }),
    historyRun({ id: 'g-1', jobName: 'message-g', message: 'Out of memory', startTime: at(400) }),
    historyRun({ id: 'h-1', jobName: 'skipped-h', status: 'SKIPPED', message: null, startTime: at(500) }),
  ],
  successes: [historyRun({ id: 'c-1', jobName: 'changed', status: 'SUCCEEDED', startTime: at(60) })],
  logSignatures: new Map([
    ['d-1', signature],
    ['e-1', signature],
  ]),
});
const causeOf = (kind: CauseKind) => causes.find((cause) => cause.kind === kind)!;

function linkOf(href: string) {
  const url = new URL(href, 'http://app.test');
  const search = url.searchParams;
  return { path: url.pathname, jobs: search.getAll('job'), statuses: search.getAll('status'), ...range(search) };
}
const range = (search: URLSearchParams) => ({ from: search.get('from'), to: search.get('to') });

describe('causeRunsHref', () => {
  it.each([
    ['incident', ['incident-a', 'incident-b'], ['platform_error']],
    ['change', ['changed'], ['user_error']],
    ['log', ['log-d', 'log-e'], ['user_error']],
    ['message', ['message-f', 'message-g'], ['user_error']],
    ['skipped', ['skipped-h'], ['skipped']],
  ] as const)('filters the runs page to exactly the jobs of a %s cause', (kind, jobs, statuses) => {
    const cause = causeOf(kind);
    expect(cause.jobs).toEqual(jobs);
    const link = linkOf(causeRunsHref(cause, 'analytics'));
    expect(link).toEqual({
      path: '/teams/analytics/executions',
      jobs,
      statuses,
      from: cause.firstSeen,
      to: new Date(Date.parse(cause.lastSeen) + 60_000).toISOString(),
    });
    expect(linkOf(causeRunsHref(cause, undefined))).toEqual({ ...link, path: '/executions' });
  });

  it('names up to as many jobs as the runs page takes; past that, every job of the statuses and time span', () => {
    const widest = (count: number): Cause => ({
      ...causeOf('message'),
      jobs: Array.from({ length: count }, (_, index) => `ingest-source-system-${String(index).padStart(5, '0')}`),
    });
    const most = widest(JOB_NAMES_PER_REQUEST);
    expect(linkNamesJobs(most)).toBe(true);
    expect(linkOf(causeRunsHref(most, 'analytics')).jobs).toEqual(most.jobs);

    const tooMany = widest(10_000);
    expect(linkNamesJobs(tooMany)).toBe(false);
    const href = causeRunsHref(tooMany, 'analytics');
    expect(href.length).toBeLessThan(300);
    expect(linkOf(href)).toMatchObject({ jobs: [], statuses: ['user_error'], from: tooMany.firstSeen });
  });
});

describe('sampleRunHref', () => {
  const run = causeOf('message').sample[0]!;

  it("opens the run's page on a team's view, and the runs page at its job and start on every team's", () => {
    expect(sampleRunHref(run, 'analytics')).toBe(`/teams/analytics/jobs/message-g/executions/${run.id}`);
    expect(linkOf(sampleRunHref(run, undefined))).toEqual({
      path: '/executions',
      jobs: ['message-g'],
      statuses: [],
      from: run.startTime,
      to: run.startTime,
    });
  });
});
