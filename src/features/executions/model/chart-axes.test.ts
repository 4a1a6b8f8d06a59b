import { describe, expect, it } from 'vitest';
import { timeTicks, valueTicks } from './chart-axes';

const iso = (ticks: number[]) => ticks.map((tick) => new Date(tick).toISOString());

describe('the duration chart axes', () => {
  it('label round times of the viewer’s zone, as many as fit', () => {
    const from = Date.parse('2026-11-20T09:47:00Z');
    expect(iso(timeTicks(from, from + 4 * 3_600_000, 5, 'UTC'))).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T11:00:00.000Z',
      '2026-11-20T12:00:00.000Z',
      '2026-11-20T13:00:00.000Z',
    ]);
    // Kolkata is 5:30 ahead: its whole hours are UTC's half hours.
    expect(iso(timeTicks(from, from + 2 * 3_600_000, 3, 'Asia/Kolkata'))).toEqual([
      '2026-11-20T10:30:00.000Z',
      '2026-11-20T11:30:00.000Z',
    ]);
    const twoWeeks = timeTicks(Date.parse('2026-11-19T13:00:00Z'), Date.parse('2026-12-03T13:00:00Z'), 5, 'UTC');
    expect(twoWeeks.length).toBeGreaterThanOrEqual(3);
    expect(twoWeeks.length).toBeLessThanOrEqual(5);
    expect(iso(twoWeeks).every((tick) => tick.endsWith('T00:00:00.000Z'))).toBe(true);
  });

  it('keep days on midnight across a change of daylight saving time', () => {
    // Berlin leaves summer time on 25 October 2026: midnight is 22:00 UTC before, 23:00 after.
    const ticks = timeTicks(Date.parse('2026-10-23T12:00:00Z'), Date.parse('2026-10-27T12:00:00Z'), 4, 'Europe/Berlin');
    expect(iso(ticks)).toEqual([
      '2026-10-23T22:00:00.000Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
      '2026-10-26T23:00:00.000Z',
    ]);
  });

  it('count durations from 0 in round steps up to just above the longest', () => {
    expect(valueTicks(94.5, 5)).toEqual({ ticks: [0, 20, 40, 60, 80, 100], top: 100 });
    expect(valueTicks(0.7, 5)).toEqual({ ticks: [0, 0.2, 0.4, 0.6, 0.8], top: 0.8 });
    expect(valueTicks(0, 5)).toEqual({ ticks: [0, 1], top: 1 });
  });
});
