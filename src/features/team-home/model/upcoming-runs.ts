import type { JobRef } from '@/api/types';
import { nextCronRuns } from '@/lib/cron';

export interface ScheduledJob extends JobRef {
  cron: string | null | undefined;
}

export interface UpcomingRun extends JobRef {
  at: Date;
}

/** More ticks than any VDK job has in a few hours (the service supports at most one run a minute). */
const MAX_TICKS_PER_JOB = 400;

/** Every scheduled tick of these jobs in [from, to], soonest first, at most `limit`. */
export function upcomingRuns(jobs: readonly ScheduledJob[], from: Date, to: Date, limit: number): UpcomingRun[] {
  const runs: UpcomingRun[] = [];
  for (const { team, job, cron } of jobs) {
    for (const at of nextCronRuns(cron, MAX_TICKS_PER_JOB, new Date(from.getTime() - 1))) {
      if (at > to) break;
      runs.push({ team, job, at });
    }
  }
  return runs.sort((a, b) => a.at.getTime() - b.at.getTime() || a.job.localeCompare(b.job)).slice(0, limit);
}
