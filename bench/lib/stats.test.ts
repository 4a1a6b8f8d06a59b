import { describe, expect, it } from 'vitest';
import { longestTaskCause, longestTaskWithin, percentile, summarize } from './stats';

describe('summarize', () => {
  it('gives median and spread, ignoring runs that measured nothing', () => {
    expect(summarize([5, 1, 3, NaN])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])?.median).toBe(2.5);
    expect(summarize([])).toBeUndefined();
  });
});

describe('percentile', () => {
  it('uses the nearest-rank method', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('longestTaskWithin', () => {
  it('counts tasks that overlap the window, even when they began before it', () => {
    const tasks = [
      { start: 0, duration: 300 },
      { start: 950, duration: 120 },
      { start: 1200, duration: 80 },
      { start: 2000, duration: 500 },
    ];
    expect(longestTaskWithin(tasks, 1000, 1500)).toBe(120);
    expect(longestTaskWithin(tasks, 250, 1000)).toBe(300);
    expect(longestTaskWithin(tasks, 1500, 1990)).toBe(0);
  });
});

describe('longestTaskCause', () => {
  it('says what ran in the longest task of the window', () => {
    const tasks = [
      { start: 0, duration: 300, cause: 'module-script index.js 280 ms' },
      { start: 950, duration: 120, cause: 'rendering (style, layout, paint) 100 ms' },
      { start: 1200, duration: 80 },
    ];
    expect(longestTaskCause(tasks, 1000, 1500)).toBe('rendering (style, layout, paint) 100 ms');
    expect(longestTaskCause(tasks, 1150, 1500)).toBe('');
    expect(longestTaskCause(tasks, 1500, 1990)).toBe('');
  });
});
