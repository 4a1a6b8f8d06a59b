import { describe, expect, it } from 'vitest';
import { scheduleOverrun } from './schedule-overrun';

const from = new Date('2026-11-27T10:00:00Z');

describe('scheduleOverrun', () => {
  it('warns when recent runs outlast the shortest gap between scheduled runs', () => {
    expect(scheduleOverrun('*/15 * * * *', [300, 1200, 1000], from)).toEqual({
      intervalSeconds: 900,
      longestSeconds: 1200,
      count: 2,
    });
  });

  it('uses the shortest gap of uneven schedules', () => {
    // 02:00 and 02:30 every day: the 30-minute gap matters, not the 23.5 hours.
    expect(scheduleOverrun('0,30 2 * * *', [2000], from)?.intervalSeconds).toBe(1800);
  });

  it('is quiet when runs fit, or when there is no schedule or no history', () => {
    expect(scheduleOverrun('0 * * * *', [3000], from)).toBeUndefined();
    expect(scheduleOverrun('', [99999], from)).toBeUndefined();
    expect(scheduleOverrun('not cron', [99999], from)).toBeUndefined();
    expect(scheduleOverrun('0 * * * *', [], from)).toBeUndefined();
  });
});
