import { type JobRun, scheduleMisses } from '../model/schedule-misses';
import type { ToScheduleWorker } from './run-schedule-misses';

/** The runs sent so far, a request's answer a message. */
const runs: JobRun[] = [];

/** The schedule check off the main thread: a thousand jobs' cron ticks never hold up a click or a scroll. */
self.onmessage = ({ data }: MessageEvent<ToScheduleWorker>) => {
  if (data.kind === 'runs') for (const run of data.runs) runs.push(run);
  else self.postMessage(scheduleMisses({ ...data.input, runs }));
};
