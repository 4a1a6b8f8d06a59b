import { describe, expect, it } from 'vitest';
import { checkScheduleReality, explainTick, overlapRisk, scheduleIntervalMs, type RunFacts } from './schedule-reality';

const at = (time: string) => Date.parse(`2026-11-27T${time}:00Z`);
const HOURLY = { cron: '0 * * * *', enabled: true };
const window = { from: at('00:00'), to: at('06:00') };

function run(id: string, start: string, end: string | null, overrides: Partial<RunFacts> = {}): RunFacts {
  return {
    id,
    type: 'SCHEDULED',
    status: end ? 'SUCCEEDED' : 'RUNNING',
    startTime: `2026-11-27T${start}Z`,
    endTime: end ? `2026-11-27T${end}Z` : null,
    ...overrides,
  };
}

const kinds = (result: ReturnType<typeof checkScheduleReality>) => result.ticks.map((tick) => tick.kind);

describe('checkScheduleReality', () => {
  it('marks ticks with a scheduled run near them as ran, and ticks after now as upcoming', () => {
    const runs = [run('a', '00:00:05', '00:10:00'), run('b', '01:00:20', '01:09:00')];
    const result = checkScheduleReality(HOURLY, runs, { from: at('00:00'), to: at('03:00') }, at('01:30'));
    expect(kinds(result)).toEqual(['ran', 'ran', 'upcoming', 'upcoming']);
    expect(result.ticks[0]).toMatchObject({ runId: 'a', delayMs: 5_000 });
    expect(result).toMatchObject({ missed: 0, late: 0, skipped: 0, overlapRisk: undefined });
  });

  it('marks a tick with no execution and nothing running as missed, and says why when the job is disabled', () => {
    const runs = [run('a', '00:00:05', '00:10:00'), run('c', '02:00:03', '02:09:00')];
    const result = checkScheduleReality(HOURLY, runs, { from: at('00:00'), to: at('02:00') }, at('03:00'));
    expect(kinds(result)).toEqual(['ran', 'missed', 'ran']);
    expect(result.missed).toBe(1);
    expect(explainTick(result.ticks[1]!, { enabled: false })).toMatch(/disabled/);
    expect(explainTick(result.ticks[1]!, { enabled: true })).toMatch(/none was running/);
  });

  it('marks a scheduled run that started long after its tick as late', () => {
    const result = checkScheduleReality(HOURLY, [run('a', '00:12:00', '00:20:00')], window, at('00:30'));
    expect(result.ticks[0]).toMatchObject({ kind: 'late', delayMs: 12 * 60_000 });
    expect(result.late).toBe(1);
    expect(explainTick(result.ticks[0]!, HOURLY)).toBe('Started 12 min after its scheduled time.');
  });

  it('explains a tick with no run while another execution still ran as skipped, naming the blocker', () => {
    // A manual run from 00:30 to 02:15 covers the ticks at 01:00 and 02:00.
    const runs = [run('a', '00:00:02', '00:05:00'), run('m', '00:30:00', '02:15:00', { type: 'MANUAL' })];
    const result = checkScheduleReality(HOURLY, runs, { from: at('00:00'), to: at('03:00') }, at('04:00'));
    expect(kinds(result)).toEqual(['ran', 'skipped', 'skipped', 'missed']);
    expect(result.ticks[1]!.blockedBy).toBe('m');
    expect(explainTick(result.ticks[1]!, HOURLY)).toBe(
      'Skipped: VDK does not start a run while the previous one (m) is still running.',
    );
  });

  it('counts a scheduled execution that reported Skipped as a skipped tick', () => {
    const result = checkScheduleReality(
      HOURLY,
      [run('s', '00:00:01', '00:00:02', { status: 'SKIPPED' })],
      { from: at('00:00'), to: at('00:00') },
      at('01:00'),
    );
    expect(result.ticks[0]).toMatchObject({ kind: 'skipped', runId: 's' });
  });

  it('does not call a tick missed while its run may still be starting, nor before the job was deployed', () => {
    const recent = checkScheduleReality(HOURLY, [], { from: at('01:00'), to: at('01:00') }, at('01:01'));
    expect(kinds(recent)).toEqual(['due']);
    const deployed = checkScheduleReality(
      { ...HOURLY, deployedAt: '2026-11-27T02:30:00Z' },
      [],
      { from: at('00:00'), to: at('04:00') },
      at('05:00'),
    );
    expect(deployed.ticks.map((tick) => new Date(tick.at).toISOString())).toEqual([
      '2026-11-27T03:00:00.000Z',
      '2026-11-27T04:00:00.000Z',
    ]);
  });

  it('does not call ticks missed before the oldest run the service still keeps', () => {
    // Every 10 minutes: the service keeps the last 100 finished runs, about 16.7 hours of them.
    const tenMinutely = { cron: '*/10 * * * *', enabled: true };
    const kept: RunFacts[] = Array.from({ length: 100 }, (_, index) => ({
      id: `r${index}`,
      type: 'SCHEDULED',
      status: 'SUCCEEDED',
      startTime: new Date(at('07:00') + index * 600_000).toISOString(),
      endTime: new Date(at('07:00') + index * 600_000 + 60_000).toISOString(),
    }));
    const now = at('07:00') + 100 * 600_000;
    const result = checkScheduleReality(tenMinutely, kept, { from: now - 24 * 3_600_000, to: now }, now);
    expect(result.missed).toBe(0);
    expect(result.forgottenBefore).toBe(at('07:00'));
    expect(result.ticks[0]?.at).toBe(at('07:00'));

    // With fewer runs than the service keeps, a gap is a real miss.
    const fewer = checkScheduleReality(tenMinutely, kept.slice(1), { from: at('07:00'), to: now }, now);
    expect(fewer.missed).toBe(1);
    expect(fewer.forgottenBefore).toBeUndefined();
  });

  it('has no ticks without a valid deployed schedule', () => {
    expect(checkScheduleReality({ cron: null, enabled: true }, [], window, at('07:00')).ticks).toEqual([]);
    expect(checkScheduleReality({ cron: 'not a cron', enabled: true }, [], window, at('07:00')).ticks).toEqual([]);
  });

  it('stops at maxTicks and says so, so an every-minute schedule over a long window stays cheap', () => {
    const result = checkScheduleReality({ cron: '* * * * *', enabled: true }, [], window, at('07:00'), {
      maxTicks: 10,
    });
    expect(result.ticks).toHaveLength(10);
    expect(result.isTruncated).toBe(true);
  });
});

describe('overlapRisk', () => {
  it('is a risk when the typical recent run outlasts the interval between ticks', () => {
    const every15 = '*/15 * * * *';
    const long = [run('a', '00:00:00', '00:20:00'), run('b', '00:30:00', '00:52:00'), run('c', '01:00:00', '01:05:00')];
    expect(overlapRisk(every15, long, at('02:00'))).toEqual({
      intervalMs: 15 * 60_000,
      typicalDurationMs: 20 * 60_000,
      longerRuns: 2,
      recentRuns: 3,
    });
    const short = [
      run('a', '00:00:00', '00:05:00'),
      run('b', '00:15:00', '00:31:00'),
      run('c', '00:45:00', '00:50:00'),
    ];
    expect(overlapRisk(every15, short, at('02:00'))).toBeUndefined();
  });

  it('ignores skipped and unfinished runs and needs a schedule', () => {
    const runs = [run('r', '00:00:00', null), run('s', '00:15:00', '00:45:00', { status: 'SKIPPED' })];
    expect(overlapRisk('*/15 * * * *', runs, at('02:00'))).toBeUndefined();
    expect(overlapRisk(null, [run('a', '00:00:00', '05:00:00')], at('06:00'))).toBeUndefined();
  });
});

describe('scheduleIntervalMs', () => {
  it('takes the shortest gap of irregular schedules', () => {
    expect(scheduleIntervalMs('0 9,17 * * *', at('00:00'))).toBe(8 * 3_600_000);
    expect(scheduleIntervalMs('*/5 * * * *', at('00:00'))).toBe(5 * 60_000);
  });
});
