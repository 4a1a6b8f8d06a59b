import { PRESET_MS, type TimeRange } from '@/lib/time-range';

/** The span of time the timeline shows, in epoch ms. */
export interface TimeWindow {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** By default the last day and the next six hours: what ran overnight and what is coming. */
export const DEFAULT_BACK_MS = 24 * HOUR;
export const AHEAD_MS = 6 * HOUR;
/** Zooming stops at ten minutes: a bar is then a few pixels per second. */
export const MIN_SPAN_MS = 10 * MINUTE;
const MAX_SPAN_MS = 15 * 24 * HOUR;

/**
 * The window a range from the URL asks for. Relative windows are rounded to the minute, so the requests they make
 * (and the cache) stay the same within that minute.
 */
export function timelineWindow(range: TimeRange, now: number): TimeWindow {
  const minute = Math.floor(now / MINUTE) * MINUTE;
  if (range.kind === 'custom') {
    const from = range.from ? Date.parse(range.from) : undefined;
    const to = range.to ? Date.parse(range.to) : undefined;
    if (from !== undefined && to !== undefined) return { from, to: Math.max(to, from + MIN_SPAN_MS) };
    if (from !== undefined) return { from, to: Math.max(minute + AHEAD_MS, from + MIN_SPAN_MS) };
    if (to !== undefined) return { from: to - DEFAULT_BACK_MS, to };
  }
  const back = range.kind === 'preset' ? PRESET_MS[range.preset] : DEFAULT_BACK_MS;
  return { from: minute - back, to: minute + AHEAD_MS };
}

/** The window scaled around `center` (default its middle): factor < 1 zooms in, > 1 out. */
export function zoomWindow(window: TimeWindow, factor: number, center = (window.from + window.to) / 2): TimeWindow {
  const span = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, (window.to - window.from) * factor));
  const share = (center - window.from) / (window.to - window.from);
  const from = Math.round(center - span * share);
  return { from, to: from + Math.round(span) };
}

/** The window between two points of a drag, as fractions (0–1) of the current one; undefined for a click. */
export function windowFromDrag(window: TimeWindow, a: number, b: number): TimeWindow | undefined {
  const [start, end] = [Math.min(a, b), Math.max(a, b)].map((fraction) => Math.min(1, Math.max(0, fraction)));
  const span = window.to - window.from;
  if ((end! - start!) * span < MIN_SPAN_MS / 10 || end! - start! < 0.01) return undefined;
  const from = Math.round(window.from + start! * span);
  return {
    from,
    to: Math.max(from + MIN_SPAN_MS, Math.round(window.from + end! * span)),
  };
}

/** Where an instant falls in the window, as a fraction (may be outside 0–1). */
export const fractionOf = (at: number, window: TimeWindow) => (at - window.from) / (window.to - window.from);

const STEPS = [MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR];

/** Round instants for the axis labels: the smallest step giving at most `maxLabels`. */
export function axisTicks(window: TimeWindow, maxLabels = 8): number[] {
  const span = window.to - window.from;
  const step = STEPS.find((candidate) => span / candidate <= maxLabels) ?? Math.ceil(span / maxLabels / HOUR) * HOUR;
  const ticks: number[] = [];
  for (let at = Math.ceil(window.from / step) * step; at <= window.to; at += step) ticks.push(at);
  return ticks;
}
