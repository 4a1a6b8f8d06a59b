import { paths } from '@/lib/paths';
import type { Cause, RunRef } from './triage';

/**
 * The runs page filtered to a cause's runs: its statuses, its job when there is one, and its time span
 * (a minute past the last start, so the newest run is inside).
 */
export function causeRunsHref(cause: Cause, team: string | undefined): string {
  const search = {
    status: cause.statuses,
    job: cause.jobs.length === 1 ? cause.jobs[0] : undefined,
    from: cause.firstSeen,
    to: new Date(Date.parse(cause.lastSeen) + 60_000).toISOString(),
  };
  return team ? paths.runs({ team }, search) : paths.allRuns(search);
}

/** A run of the sample: its page on a team's view; on every team's, the runs page at its start (runs name no team). */
export function sampleRunHref(run: RunRef, team: string | undefined): string {
  if (team) return paths.execution({ team, job: run.jobName, executionId: run.id });
  return paths.allRuns({ job: run.jobName, from: run.startTime, to: run.startTime });
}

/** Where a job's overlapping runs show: the team's runs as a timeline. */
export function timelineHref(job: string, team: string | undefined): string {
  return team ? paths.runs({ team }, { view: 'timeline', job }) : paths.allRuns({ view: 'timeline', job });
}
