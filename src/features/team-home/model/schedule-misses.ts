import type { JobRef } from '@/api/types';
import { tickReality, type RunFacts, type ScheduledJobFacts } from '@/lib/schedule-reality';

export interface ScheduledJob extends JobRef, ScheduledJobFacts {}

/** A run as the check needs it: which job, and the facts the reality check reads. */
export interface JobRun extends RunFacts {
  jobName?: string | null;
}

export interface ScheduleMissesInput {
  jobs: ScheduledJob[];
  runs: JobRun[];
  /** The ticks looked at, epoch ms. */
  window: { from: number; to: number };
  /** On the service's clock. */
  now: number;
}

export interface JobMisses extends JobRef {
  missed: number;
  late: number;
}

export interface ScheduleMisses {
  missed: number;
  late: number;
  /** The jobs with a missed or late tick, most of them first. */
  jobs: JobMisses[];
  /** Enabled, scheduled jobs whose ticks were checked. */
  checked: number;
  /** Checked jobs whose older ticks were not judged, because the service no longer keeps those runs. */
  partlyKnown: number;
}

/**
 * Missed and late scheduled runs of many jobs over one window, by the same rules as the timeline's lanes
 * (`tickReality`): a count for the home, and which jobs to open.
 */
export function scheduleMisses({ jobs, runs, window, now }: ScheduleMissesInput): ScheduleMisses {
  const runsOf = new Map<string, JobRun[]>();
  for (const run of runs) {
    if (!run.jobName) continue;
    const list = runsOf.get(run.jobName);
    if (list) list.push(run);
    else runsOf.set(run.jobName, [run]);
  }
  const result: ScheduleMisses = { missed: 0, late: 0, jobs: [], checked: 0, partlyKnown: 0 };
  for (const job of jobs) {
    if (!job.cron || job.enabled === false) continue;
    result.checked += 1;
    const { missed, late, forgottenBefore } = tickReality(job, runsOf.get(job.job) ?? [], window, now);
    if (forgottenBefore !== undefined) result.partlyKnown += 1;
    result.missed += missed;
    result.late += late;
    if (missed + late > 0) result.jobs.push({ team: job.team, job: job.job, missed, late });
  }
  result.jobs.sort((a, b) => b.missed + b.late - (a.missed + a.late) || a.job.localeCompare(b.job));
  return result;
}
