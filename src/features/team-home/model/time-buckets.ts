import { TZDate } from '@date-fns/tz';
import { addDays, addHours, startOfDay, startOfHour } from 'date-fns';
import type { ChartSpan } from './chart-span';

export interface TimeBucket {
  start: Date;
  /** Exclusive: the next bucket's start. */
  end: Date;
}

/**
 * Whole hours (or days) in the user's zone, oldest first, the last one holding `now`: a bar of "14:00" is what a
 * reader of the axis expects, and whole buckets keep their counts (and query keys) as time moves on. A day across
 * a daylight-saving change is 23 or 25 hours, as on the wall clock.
 */
export function timeBuckets(span: ChartSpan, now: Date, timeZone: string): TimeBucket[] {
  const zoned = new TZDate(now.getTime(), timeZone);
  const [count, first, next] =
    span === '24h'
      ? [24, startOfHour(zoned), (date: TZDate, n: number) => addHours(date, n)]
      : [7, startOfDay(zoned), (date: TZDate, n: number) => addDays(date, n)];
  return Array.from({ length: count }, (_, index) => {
    const offset = index - (count - 1);
    return { start: new Date(next(first, offset).getTime()), end: new Date(next(first, offset + 1).getTime()) };
  });
}

/** The service's time bounds are inclusive: a bucket asks up to its last millisecond so no run counts twice. */
export function bucketBounds(bucket: TimeBucket): { from: string; to: string } {
  return { from: bucket.start.toISOString(), to: new Date(bucket.end.getTime() - 1).toISOString() };
}
