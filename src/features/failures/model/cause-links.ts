import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
import { paths } from '@/lib/paths';
import type { Cause, RunRef } from './triage';

/** Whether the runs page can be filtered to each job of the cause: its one request names at most so many. */
export const linkNamesJobs = (cause: Cause) => cause.jobs.length <= JOB_NAMES_PER_REQUEST;

/**
 * The runs page filtered to a cause's runs: its statuses, its jobs, and its time span (a minute past the last start,
 * so the newest run is inside). A cause of more jobs than the page can name links to every job's runs of that span.
 */
export function causeRunsHref(cause: Cause, team: string | undefined): string {
  const search = {
    status: cause.statuses,
    job: linkNamesJobs(cause) ? cause.jobs : undefined,
    from: cause.firstSeen,
    to: new Date(Date.parse(cause.lastSeen) + 60_000).toISOString(),
  };
  return team ? paths.runs({ team }, search) : paths.allRuns(search);
}

/** A run of the sample: its page when its team is known; else the runs page at its start (runs name no team). */
export function sampleRunHref(run: RunRef, team: string | undefined): string {
  if (team) return paths.execution({ team, job: run.jobName, executionId: run.id });
  return paths.allRuns({ job: run.jobName, from: run.startTime, to: run.startTime });
}

/** Where a job's overlapping runs show: the team's runs as a timeline. */
export function timelineHref(job: string, team: string | undefined): string {
  return team ? paths.runs({ team }, { view: 'timeline', job }) : paths.allRuns({ view: 'timeline', job });
}
