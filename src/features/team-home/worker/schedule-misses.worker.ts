import { scheduleMisses, type ScheduleMissesInput } from '../model/schedule-misses';

/** The schedule check off the main thread: a thousand jobs' cron ticks never hold up a click or a scroll. */
self.onmessage = (event: MessageEvent<ScheduleMissesInput>) => {
  self.postMessage(scheduleMisses(event.data));
};
