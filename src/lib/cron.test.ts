import { describe, expect, it } from 'vitest';
import { formatDateTime } from './time';
import { checkCron, cronRunsBetween, describeCron, expandCronMacro, nextCronRuns } from './cron';
import { describeCronSchedule } from './cron-text';

const FROM = new Date('2026-11-27T16:30:00Z');

describe('describeCron', () => {
  it('humanises a five-field schedule with a 24-hour clock', () => {
    expect(describeCron('0 9 * * 1-5')).toBe('At 09:00, Monday through Friday');
    expect(describeCron('*/15 * * * *')).toBe('Every 15 minutes');
  });

  it('understands @daily-style shortcuts', () => {
    expect(expandCronMacro('@daily')).toBe('0 0 * * *');
    expect(describeCron('@hourly')).toBe('Every hour');
    expect(describeCron('@weekly')).toBe('At 00:00, only on Sunday');
  });

  it('has no description for an invalid schedule', () => {
    expect(describeCron('61 * * * *')).toBeUndefined();
  });
});

describe('nextCronRuns', () => {
  it('computes the next runs in UTC, the zone the Control Service uses', () => {
    const runs = nextCronRuns('0 2 * * *', 3, FROM).map((run) => run.toISOString());
    expect(runs).toEqual(['2026-11-28T02:00:00.000Z', '2026-11-29T02:00:00.000Z', '2026-11-30T02:00:00.000Z']);
  });

  it('gives instants that read correctly in another zone', () => {
    const [first] = nextCronRuns('@daily', 1, FROM);
    expect(formatDateTime(first, 'UTC', { zone: false })).toBe('2026-11-28 00:00:00');
    expect(formatDateTime(first, 'Europe/Sofia', { zone: false })).toBe('2026-11-28 02:00:00');
  });

  it('is empty for an invalid schedule', () => {
    expect(nextCronRuns('not a cron', 5, FROM)).toEqual([]);
  });
});

describe('cronRunsBetween', () => {
  it('gives the runs after `from` up to `to` inclusive, in UTC, and no more than asked', () => {
    const to = new Date(FROM.getTime() + 3 * 3_600_000);
    const runs = cronRunsBetween('0 * * * *', FROM, to, 100).map((run) => run.getTime());
    expect(runs).toHaveLength(3);
    expect(runs.at(-1)).toBe(to.getTime() - (FROM.getTime() % 3_600_000));
    expect(cronRunsBetween('* * * * *', FROM, to, 5)).toHaveLength(5);
    expect(cronRunsBetween('61 * * * *', FROM, to, 5)).toEqual([]);
  });
});

describe('checkCron', () => {
  it.each([
    ['', 'The schedule is empty.'],
    ['* * * *', 'A schedule has 5 fields (minute hour day-of-month month day-of-week); this one has 4.'],
    ['0 0 * * * *', 'A schedule has 5 fields (minute hour day-of-month month day-of-week); this one has 6.'],
    ['61 * * * *', 'The minute field has a value out of range (61).'],
    ['0 25 * * *', 'The hour field has a value out of range (25).'],
    ['0 0 * * 8', 'The day of week field has a value out of range (8).'],
    ['0 0 L * *', 'L, W and # are not supported by Kubernetes CronJobs, which run VDK schedules.'],
    ['0 0 31 2 *', 'This schedule never runs (no date matches it, e.g. 31 February).'],
    ['@reboot', '“@reboot” is not supported. Use @hourly, @daily, @weekly, @monthly or @yearly.'],
  ])('%j is rejected: %s', (expression, reason) => {
    expect(checkCron(expression)).toEqual({ ok: false, reason });
  });

  it('names the field with illegal characters', () => {
    const check = checkCron('0 x * * *');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(/hour/);
  });

  it('accepts valid schedules and normalises whitespace', () => {
    expect(checkCron('  0   9 * * MON-FRI ')).toEqual({ ok: true, expression: '0 9 * * MON-FRI' });
  });
});

describe('describeCronSchedule (no croner, for lists)', () => {
  it('describes valid schedules', () => {
    expect(describeCronSchedule('@daily')).toEqual({ ok: true, expression: '0 0 * * *', text: 'At 00:00' });
  });

  it.each([
    ['61 * * * *', 'The minute field has a value out of range (allowed: 0–59).'],
    ['0 0 * * 8', 'The day of week field has a value out of range (allowed: 0–6).'],
    ['0 0 * * * *', 'A schedule has 5 fields (minute hour day-of-month month day-of-week); this one has 6.'],
    ['0 x * * *', '“x” is not a valid cron value.'],
  ])('%j: %s', (expression, reason) => {
    expect(describeCronSchedule(expression)).toEqual({ ok: false, reason });
  });
});
