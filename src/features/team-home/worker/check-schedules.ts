import { scheduleFacts } from '@/api/jobs/schedule-facts';
import type { TimelineJob } from '@/api/types';
import { streamBounded } from '@/lib/map-bounded';
import type { JobRun, ScheduleMisses, ScheduledJob } from '../model/schedule-misses';
import { openScheduleCheck } from './run-schedule-misses';

const HOUR = 3_600_000;
/** Slices of runs asked at once: the service answers a few large queries at a time. */
const SLICES_AT_ONCE = 3;

export interface CheckedSchedules extends ScheduleMisses {
  /** Jobs with too many runs in the window to check here. */
  unchecked: number;
}

interface CheckSchedulesInput {
  team: string | undefined;
  jobs: readonly TimelineJob[];
  /** Jobs named in one request for their runs. */
  sliceSize: number;
  readRuns: (slice: { jobs: string[]; startedFrom: string; startedTo: string }) => Promise<{
    runs: JobRun[];
    isComplete: boolean;
  }>;
  /** The ticks checked: `windowMs` back from `now`; runs from `lookbackMs` before that. */
  windowMs: number;
  lookbackMs: number;
  now: number;
}

/**
 * The home's schedule check, loaded once the home's first figures are on screen: the runs of the enabled jobs by
 * slices of names (a few requests at a time), each answer's runs on to the worker as it comes, then the check there.
 * A slice whose runs did not all come (jobs running every minute) would show false misses, so its jobs are left
 * unchecked and counted as such.
 */
export async function checkSchedules({
  team,
  jobs,
  sliceSize,
  readRuns,
  windowMs,
  lookbackMs,
  now,
}: CheckSchedulesInput): Promise<CheckedSchedules> {
  const scheduled: ScheduledJob[] = jobs.flatMap((job) =>
    job.jobName ? [{ team: job.config?.team ?? team ?? '', job: job.jobName, ...scheduleFacts(job) }] : [],
  );
  const names = scheduled.filter((job) => job.cron).map((job) => job.job);
  // Whole hours: the slices' questions stay the same (and cached) within the hour.
  const startedFrom = new Date(Math.floor((now - windowMs - lookbackMs) / HOUR) * HOUR).toISOString();
  const startedTo = new Date(Math.ceil(now / HOUR) * HOUR).toISOString();
  const slices = Array.from({ length: Math.ceil(names.length / sliceSize) }, (_, index) =>
    names.slice(index * sliceSize, (index + 1) * sliceSize),
  );
  const session = openScheduleCheck();
  try {
    const unchecked = new Set<string>();
    const answers = streamBounded(slices, SLICES_AT_ONCE, (slice) => readRuns({ jobs: slice, startedFrom, startedTo }));
    for await (const { index, value } of answers) {
      if (value.isComplete) session.addRuns(value.runs);
      else for (const name of slices[index]!) unchecked.add(name);
    }
    const misses = await session.check({
      jobs: scheduled.filter((job) => !unchecked.has(job.job)),
      window: { from: now - windowMs, to: now },
      now,
    });
    return { ...misses, unchecked: unchecked.size };
  } finally {
    session.close();
  }
}
