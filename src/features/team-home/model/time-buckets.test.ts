import { describe, expect, it } from 'vitest';
import { bucketBounds, timeBuckets } from './time-buckets';

describe('timeBuckets', () => {
  it('makes 24 whole hours in the zone, the last holding now', () => {
    const buckets = timeBuckets('24h', new Date('2026-12-02T01:47:00Z'), 'Asia/Kolkata');
    expect(buckets).toHaveLength(24);
    // 07:17 in Kolkata (+05:30): the current hour began at 07:00 local, 01:30 UTC.
    expect(buckets.at(-1)!.start.toISOString()).toBe('2026-12-02T01:30:00.000Z');
    expect(buckets[0]!.start.toISOString()).toBe('2026-12-01T02:30:00.000Z');
  });

  it('makes 7 days from local midnights, 23 hours on a spring-forward day', () => {
    const buckets = timeBuckets('7d', new Date('2026-03-31T12:00:00Z'), 'Europe/Sofia');
    expect(buckets).toHaveLength(7);
    expect(buckets.at(-1)!.start.toISOString()).toBe('2026-03-30T21:00:00.000Z');
    const springForward = buckets.find((bucket) => bucket.start.toISOString() === '2026-03-28T22:00:00.000Z')!;
    expect(springForward.end.getTime() - springForward.start.getTime()).toBe(23 * 3_600_000);
  });

  it('asks up to the last millisecond of a bucket: the service’s bounds are inclusive', () => {
    const [bucket] = timeBuckets('24h', new Date('2026-12-02T00:30:00Z'), 'UTC');
    expect(bucketBounds(bucket!)).toEqual({ from: '2026-12-01T01:00:00.000Z', to: '2026-12-01T01:59:59.999Z' });
  });
});
