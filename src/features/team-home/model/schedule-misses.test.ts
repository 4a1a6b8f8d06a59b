import { describe, expect, it } from 'vitest';
import { scheduleMisses, type JobRun, type ScheduledJob } from './schedule-misses';

const HOUR = 3_600_000;
const at = (time: string) => Date.parse(`2026-12-01T${time}:00Z`);
const now = at('06:30');
const window = { from: now - 6 * HOUR, to: now };

const hourly = (job: string, overrides: Partial<ScheduledJob> = {}): ScheduledJob => ({
  team: 'analytics',
  job,
  cron: '0 * * * *',
  enabled: true,
  ...overrides,
});
const run = (jobName: string, start: string, type = 'SCHEDULED'): JobRun => ({
  jobName,
  type,
  status: 'SUCCEEDED',
  startTime: `2026-12-01T${start}Z`,
  endTime: `2026-12-01T${start.slice(0, 3)}59:00Z`,
});
/** A run on every tick from 01:00 to 06:00, but for the hours given. */
const onTime = (jobName: string, except: number[] = []) =>
  [1, 2, 3, 4, 5, 6].filter((hour) => !except.includes(hour)).map((hour) => run(jobName, `0${hour}:00:05`));

describe('scheduleMisses', () => {
  it('counts the missed and late ticks of each job, the jobs with most first', () => {
    const result = scheduleMisses({
      jobs: [hourly('punctual'), hourly('gappy'), hourly('slow')],
      runs: [
        ...onTime('punctual'),
        ...onTime('gappy', [2, 4]),
        ...onTime('slow', [3]),
        run('slow', '03:20:00'), // 20 minutes after its tick
      ],
      window,
      now,
    });
    expect(result).toEqual({
      missed: 2,
      late: 1,
      checked: 3,
      partlyKnown: 0,
      jobs: [
        { team: 'analytics', job: 'gappy', missed: 2, late: 0 },
        { team: 'analytics', job: 'slow', missed: 0, late: 1 },
      ],
    });
  });

  it('reads the runs of several jobs mixed together, in any order', () => {
    const runs = [...onTime('a', [5]), ...onTime('b', [1])].reverse();
    const result = scheduleMisses({ jobs: [hourly('a'), hourly('b')], runs, window, now });
    expect(result.jobs.map(({ job, missed }) => [job, missed])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('does not count a tick a manual run was still covering: VDK skipped it', () => {
    const manual = { ...run('busy', '01:30:00', 'MANUAL'), endTime: '2026-12-01T02:30:00Z' };
    const result = scheduleMisses({ jobs: [hourly('busy')], runs: [...onTime('busy', [2]), manual], window, now });
    expect(result).toMatchObject({ missed: 0, late: 0, jobs: [] });
  });

  it('leaves out disabled jobs and jobs without a schedule, and ticks too recent to judge', () => {
    const result = scheduleMisses({
      jobs: [hourly('off', { enabled: false }), hourly('manual-only', { cron: null }), hourly('fresh')],
      runs: onTime('fresh', [6]).filter((r) => r.startTime !== '2026-12-01T06:00:05Z'),
      window,
      now: at('06:01'),
    });
    expect(result).toEqual({ missed: 0, late: 0, checked: 1, partlyKnown: 0, jobs: [] });
  });

  it('counts only the ticks since the job was deployed', () => {
    const result = scheduleMisses({
      jobs: [hourly('new', { deployedAt: '2026-12-01T04:30:00Z' })],
      runs: [run('new', '05:00:02')],
      window,
      now,
    });
    expect(result.jobs).toEqual([{ team: 'analytics', job: 'new', missed: 1, late: 0 }]);
  });
});
