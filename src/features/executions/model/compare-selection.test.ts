import { describe, expect, it } from 'vitest';
import { compareBlocker, comparePair } from './compare-selection';

describe('comparing two ticked runs', () => {
  it('puts the older run as A whatever order they were ticked in', () => {
    const older = { id: 'job-200', startTime: '2026-12-01T10:00:00Z' };
    const newer = { id: 'job-100', startTime: '2026-12-01T11:00:00Z' };
    expect(comparePair([newer, older])).toEqual({ a: 'job-200', b: 'job-100' });
    expect(comparePair([older, newer])).toEqual({ a: 'job-200', b: 'job-100' });
  });

  it('counts a run that never started as the newer, and orders equal starts by id', () => {
    expect(
      comparePair([
        { id: 'b', startTime: null },
        { id: 'a', startTime: '2026-12-01T10:00:00Z' },
      ]),
    ).toEqual({
      a: 'a',
      b: 'b',
    });
    expect(comparePair([{ id: 'y' }, { id: 'x' }])).toEqual({ a: 'x', b: 'y' });
  });

  it('opens only for exactly two, saying what is missing otherwise', () => {
    expect(comparePair([{ id: 'a' }])).toBeUndefined();
    expect(compareBlocker(0)).toBe('Tick two runs to compare them.');
    expect(compareBlocker(1)).toBe('Tick one more run to compare.');
    expect(compareBlocker(2)).toBeUndefined();
    expect(compareBlocker(5)).toBe('Only two runs can be compared: untick 3.');
  });
});
