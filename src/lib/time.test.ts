import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatRelative, fromEpochSeconds, secondsBetween, toDate } from './time';

const INSTANT = '2026-11-27T16:30:05Z';

describe('formatDateTime', () => {
  it('formats the same instant in UTC and in another zone', () => {
    expect(formatDateTime(INSTANT, 'UTC')).toBe('2026-11-27 16:30:05 UTC');
    expect(formatDateTime(INSTANT, 'Europe/Sofia')).toBe('2026-11-27 18:30:05 GMT+2');
    expect(formatDateTime(INSTANT, 'America/Los_Angeles', { zone: false })).toBe('2026-11-27 08:30:05');
  });

  it('crosses the date line correctly', () => {
    expect(formatDateTime('2026-11-27T23:30:00Z', 'Asia/Tokyo', { seconds: false, zone: false })).toBe(
      '2026-11-28 08:30',
    );
  });

  it('uses a 24-hour clock at midnight', () => {
    expect(formatDateTime('2026-01-01T00:05:00Z', 'UTC', { zone: false })).toBe('2026-01-01 00:05:00');
  });

  it('names the zone as it is at that instant, on both sides of a daylight-saving change', () => {
    // Europe/Sofia leaves summer time at 01:00 UTC on 2026-10-25.
    expect(formatDateTime('2026-10-25T00:59:59Z', 'Europe/Sofia')).toBe('2026-10-25 03:59:59 GMT+3');
    expect(formatDateTime('2026-10-25T01:00:00Z', 'Europe/Sofia')).toBe('2026-10-25 03:00:00 GMT+2');
  });

  it('names the zone right on both sides of a change at half past the hour (Adelaide, 16:30 UTC)', () => {
    expect(formatDateTime('2026-04-04T16:29:59Z', 'Australia/Adelaide')).toBe('2026-04-05 02:59:59 GMT+10:30');
    expect(formatDateTime('2026-04-04T16:30:00Z', 'Australia/Adelaide')).toBe('2026-04-05 02:00:00 GMT+9:30');
  });

  it('formats years past 9999 (an ISO string with a sign) in UTC too', () => {
    expect(formatDateTime(Date.UTC(12026, 0, 2, 3, 4, 5), 'UTC')).toBe('12026-01-02 03:04:05 UTC');
  });

  it('returns undefined for missing or invalid input', () => {
    expect(formatDateTime(null, 'UTC')).toBeUndefined();
    expect(formatDateTime('not a date', 'UTC')).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [0.4, '<1s'],
    [45, '45s'],
    [192, '3m 12s'],
    [3600, '1h'],
    [3903, '1h 5m'],
    [183_600, '2d 3h'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('has no text for negative or missing durations', () => {
    expect(formatDuration(-1)).toBeUndefined();
    expect(formatDuration(undefined)).toBeUndefined();
  });
});

describe('relative times and helpers', () => {
  const now = new Date(INSTANT);
  it('says how long ago or how soon', () => {
    expect(formatRelative('2026-11-27T16:29:53Z', now)).toBe('12 s ago');
    expect(formatRelative('2026-11-27T16:35:05Z', now)).toBe('in 5 min');
    expect(formatRelative('2026-11-25T16:30:05Z', now)).toBe('2 d ago');
    expect(formatRelative(now, now)).toBe('just now');
  });

  it('reads epoch seconds, treating -1 as "none"', () => {
    expect(fromEpochSeconds(1_764_261_005)?.toISOString()).toBe('2025-11-27T16:30:05.000Z');
    expect(fromEpochSeconds(-1)).toBeUndefined();
  });

  it('measures running durations up to now', () => {
    expect(secondsBetween('2026-11-27T16:29:05Z', undefined, now)).toBe(60);
    expect(secondsBetween('2026-11-27T16:29:05Z', '2026-11-27T16:29:35Z')).toBe(30);
    expect(toDate('')).toBeUndefined();
  });
});
