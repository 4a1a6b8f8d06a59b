import { formatDateTime } from '@/lib/time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far the wall clock of `timeZone` is ahead of UTC at the instant `at`, ms (7,200,000 in GMT+2). Read from the
 * app's one formatter, so that the shell, which holds it, carries nothing more for the chart.
 */
function zoneOffsetMs(at: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const wall = Date.parse(`${formatDateTime(at, timeZone, { zone: false })?.replace(' ', 'T')}Z`);
  return wall - Math.floor(at / 1000) * 1000;
}

/** Steps a time axis may take, each a whole number of the next coarser unit's parts (readable labels). */
const TIME_STEPS = [
  SECOND,
  5 * SECOND,
  15 * SECOND,
  30 * SECOND,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
];

/**
 * At most about `count` instants between `min` and `max` (ms) that fall on round wall-clock times in `timeZone`
 * (whole hours in the zone's own hours, midnights for days), for a time axis's labels.
 */
export function timeTicks(min: number, max: number, count: number, timeZone: string): number[] {
  if (!(max > min) || count < 1) return [];
  const step = TIME_STEPS.find((candidate) => (max - min) / candidate <= count) ?? TIME_STEPS.at(-1)!;
  const ticks: number[] = [];
  // Round in wall-clock time, then back to the instant: the offset is read at each tick, so a tick after a change
  // of daylight saving time still falls on the hour.
  let wall = Math.ceil((min + zoneOffsetMs(min, timeZone)) / step) * step;
  for (;;) {
    const guess = wall - zoneOffsetMs(wall, timeZone);
    const instant = wall - zoneOffsetMs(guess, timeZone);
    if (instant > max) return ticks;
    if (instant >= min && instant !== ticks.at(-1)) ticks.push(instant);
    wall += step;
  }
}

/** Round steps for a value axis: 1, 2 or 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** A value axis from 0: its round ticks, about `count` of them, and its top (the first tick at or above `max`). */
export function valueTicks(max: number, count: number): { ticks: number[]; top: number } {
  if (!(max > 0)) return { ticks: [0, 1], top: 1 };
  const step = niceStep(max / count);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Multiplied, not summed: 0.1 + 0.2 would label an axis 0.30000000000000004.
  for (let index = 0; index * step <= top + step / 2; index += 1) ticks.push(Number((index * step).toPrecision(12)));
  return { ticks, top };
}
