import { describe, expect, it } from 'vitest';
import type { ExecutionSummary, TimelineJob } from '@/api/types';
import { scheduleFacts } from '@/api/jobs/schedule-facts';
import { barsOf, laneReality } from './timeline-lanes';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-11-27T00:00:00Z');
const window = { from: t0, to: t0 + 10 * HOUR };
const round = (fraction: number) => Math.round(fraction * 1000) / 1000;

function run(id: string, startHour: number, endHour: number | null, status = 'SUCCEEDED'): ExecutionSummary {
  return {
    id,
    jobName: 'j',
    type: 'SCHEDULED',
    status: endHour === null ? 'RUNNING' : status,
    startTime: new Date(t0 + startHour * HOUR).toISOString(),
    endTime: endHour === null ? null : new Date(t0 + endHour * HOUR).toISOString(),
  } as ExecutionSummary;
}

const job = (deployments: TimelineJob['deployments']): TimelineJob => ({
  jobName: 'j',
  config: { team: 't', schedule: { scheduleCron: '0 */2 * * *' } },
  deployments,
});

describe('barsOf', () => {
  it('places runs in the window, clips the ones that cross its edges, and draws a running one up to now', () => {
    const bars = barsOf(
      [run('before', -3, 1), run('a', 2, 3), run('r', 9, null), run('gone', -5, -4)],
      window,
      t0 + 9.5 * HOUR,
    );
    expect(
      bars.map(({ id, left, width, isRunning }) => ({
        id,
        left: round(left),
        width: round(width),
        isRunning,
      })),
    ).toEqual([
      { id: 'before', left: 0, width: 0.1, isRunning: false },
      { id: 'a', left: 0.2, width: 0.1, isRunning: false },
      { id: 'r', left: 0.9, width: 0.05, isRunning: true },
    ]);
  });
});

describe('laneReality', () => {
  it('checks the schedule of a deployed job only', () => {
    const deployed = job([{ enabled: false, lastDeployedDate: new Date(t0).toISOString() }]);
    const reality = laneReality(deployed, [run('a', 0, 1)], window, t0 + 5 * HOUR);
    expect(reality.ticks.map((tick) => tick.kind)).toEqual([
      'ran',
      'missed',
      'missed',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(scheduleFacts(deployed).enabled).toBe(false);
    expect(laneReality(job(null), [], window, t0 + 5 * HOUR).ticks).toEqual([]);
  });
});
