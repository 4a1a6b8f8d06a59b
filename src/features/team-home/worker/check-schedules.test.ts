import { describe, expect, it } from 'vitest';
import type { TimelineJob } from '@/api/types';
import type { JobRun } from '../model/schedule-misses';
import { checkSchedules } from './check-schedules';

const HOUR = 3_600_000;
const now = Date.parse('2026-12-01T06:30:00Z');

const hourly = (jobName: string): TimelineJob => ({
  jobName,
  config: { team: 'analytics', schedule: { scheduleCron: '0 * * * *' } },
  deployments: [{ enabled: true, lastDeployedDate: '2026-11-01T00:00:00Z' }],
});
/** A run on every tick from 01:00 to 06:00, but for the hours given. */
const onTime = (jobName: string, except: number[]): JobRun[] =>
  [1, 2, 3, 4, 5, 6]
    .filter((hour) => !except.includes(hour))
    .map((hour) => ({
      jobName,
      type: 'SCHEDULED',
      status: 'SUCCEEDED',
      startTime: `2026-12-01T0${hour}:00:05Z`,
      endTime: `2026-12-01T0${hour}:10:00Z`,
    }));

describe('checkSchedules', () => {
  it('checks the runs of every answer, and leaves unchecked the jobs of a slice whose runs did not all come', async () => {
    const answers: Record<string, { runs: JobRun[]; isComplete: boolean }> = {
      gappy: { runs: onTime('gappy', [2, 4]), isComplete: true },
      punctual: { runs: onTime('punctual', []), isComplete: true },
      busy: { runs: onTime('busy', [1, 2, 3]), isComplete: false },
    };
    const result = await checkSchedules({
      team: 'analytics',
      jobs: [hourly('gappy'), hourly('punctual'), hourly('busy')],
      sliceSize: 1,
      readRuns: ({ jobs }) => Promise.resolve(answers[jobs[0]!]!),
      windowMs: 5 * HOUR,
      lookbackMs: HOUR,
      now,
    });
    expect(result).toMatchObject({
      missed: 2,
      late: 0,
      jobs: [{ team: 'analytics', job: 'gappy', missed: 2, late: 0 }],
      checked: 2,
      unchecked: 1,
    });
  });
});
