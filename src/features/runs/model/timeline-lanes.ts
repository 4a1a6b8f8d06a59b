import { scheduleFacts } from '@/api/jobs/schedule-facts';
import type { ExecutionSummary, TimelineJob } from '@/api/types';
import { isActive } from '@/lib/execution-status';
import { checkScheduleReality, type ScheduleReality } from '@/lib/schedule-reality';
import { fractionOf, type TimeWindow } from './timeline-window';

/** A run drawn on its lane: where it starts and how wide it is, as fractions of the window. */
export interface Bar {
  run: ExecutionSummary;
  id: string;
  start: number;
  /** Now for a run still going. */
  end: number;
  isRunning: boolean;
  left: number;
  width: number;
}

/** The runs that overlap the window, clipped to it. A run still going reaches to now. */
export function barsOf(runs: readonly ExecutionSummary[], window: TimeWindow, now: number): Bar[] {
  const bars: Bar[] = [];
  for (const run of runs) {
    const start = run.startTime ? Date.parse(run.startTime) : NaN;
    if (!run.id || Number.isNaN(start)) continue;
    const isRunning = isActive(run.status) || !run.endTime;
    const end = run.endTime ? Date.parse(run.endTime) : Math.max(start, now);
    if (end < window.from || start > window.to) continue;
    const left = Math.max(0, fractionOf(start, window));
    const right = Math.min(1, fractionOf(end, window));
    bars.push({
      run,
      id: run.id,
      start,
      end,
      isRunning,
      left,
      width: Math.max(0, right - left),
    });
  }
  return bars;
}

export function laneReality(
  job: TimelineJob,
  runs: readonly ExecutionSummary[],
  window: TimeWindow,
  now: number,
): ScheduleReality {
  return checkScheduleReality(scheduleFacts(job), runs, window, now);
}
