import type { LongTask } from './stats';

/** A script the browser ran inside a long animation frame (PerformanceScriptTiming), times in page ms. */
export interface FrameScript {
  start: number;
  duration: number;
  /** Invoker and source, e.g. "module-script index-1a2b3c.js" or "event-listener MessagePort.onmessage (E, index-….js)". */
  what: string;
}

/** A long animation frame (PerformanceLongAnimationFrameTiming): its tasks, then its rendering from `renderStart`. */
export interface LongFrame {
  start: number;
  duration: number;
  /** 0 when the frame did not render. */
  renderStart: number;
  scripts: FrameScript[];
}

/** Parts of a task shorter than this are left out of its cause: they do not explain a task of 50 ms or more. */
const NOTABLE_MS = 5;

const overlap = (from: number, to: number, otherFrom: number, otherTo: number) =>
  Math.max(0, Math.min(to, otherTo) - Math.max(from, otherFrom));

/**
 * What ran in a long task, from the long animation frames that overlap it: its longest scripts (by source), and the
 * frame's rendering when that fell in the task; "no script" when neither did (the browser's own work: committing a
 * navigation, parsing HTML, compiling); '' when no frame reported holds it. The longtask entry itself says only how
 * long the task was.
 */
export function causeOf(task: LongTask, frames: readonly LongFrame[]): string {
  const end = task.start + task.duration;
  const bySource = new Map<string, number>();
  let rendering = 0;
  let isCovered = false;
  for (const frame of frames) {
    if (overlap(task.start, end, frame.start, frame.start + frame.duration) === 0) continue;
    isCovered = true;
    for (const script of frame.scripts) {
      const ms = overlap(task.start, end, script.start, script.start + script.duration);
      if (ms > 0) bySource.set(script.what, (bySource.get(script.what) ?? 0) + ms);
    }
    if (frame.renderStart > 0) rendering += overlap(task.start, end, frame.renderStart, frame.start + frame.duration);
  }
  if (!isCovered) return '';
  const parts = [...bySource]
    .filter(([, ms]) => ms >= NOTABLE_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([what, ms]) => `${what} ${Math.round(ms)} ms`);
  if (rendering >= NOTABLE_MS) parts.push(`rendering (style, layout, paint) ${Math.round(rendering)} ms`);
  return parts.length ? parts.join('; ') : 'no script: the browser’s own work (navigation, parsing, compiling)';
}
