import { describe, expect, it } from 'vitest';
import { failureStreak } from './failure-streak';

const run = (status: string, startTime: string, id = startTime) => ({ id, status, startTime });

describe('failureStreak', () => {
  it('counts failures back to the last success, since the oldest of them', () => {
    const streak = failureStreak([
      run('USER_ERROR', '2026-12-01T03:00:00Z', 'newest'),
      run('PLATFORM_ERROR', '2026-12-01T02:00:00Z'),
      run('SUCCEEDED', '2026-12-01T01:00:00Z'),
      run('USER_ERROR', '2026-12-01T00:00:00Z'),
    ]);
    expect(streak).toMatchObject({ count: 2, since: '2026-12-01T02:00:00Z', isAtLeast: false });
    expect(streak.latest?.id).toBe('newest');
  });

  it('passes over runs still going, cancelled or skipped', () => {
    const streak = failureStreak([
      run('RUNNING', '2026-12-01T04:00:00Z'),
      run('USER_ERROR', '2026-12-01T03:00:00Z'),
      run('SKIPPED', '2026-12-01T02:30:00Z'),
      run('USER_ERROR', '2026-12-01T02:00:00Z'),
      run('SUCCEEDED', '2026-12-01T01:00:00Z'),
    ]);
    expect(streak).toMatchObject({ count: 2, since: '2026-12-01T02:00:00Z', isAtLeast: false });
  });

  it('says "at least" when every run it saw failed', () => {
    expect(failureStreak([run('USER_ERROR', '2026-12-01T01:00:00Z'), null])).toMatchObject({
      count: 1,
      isAtLeast: true,
    });
  });
});
