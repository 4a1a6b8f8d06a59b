import { describe, expect, it } from 'vitest';
import { durationStats, durationSummary, statusSummary } from './chart-summaries';
import type { DurationPoint } from './duration-points';

const at = (iso: string) => Date.parse(iso);
const points: DurationPoint[] = [
  { id: 'run-1', x: at('2026-11-27T10:00:00Z'), y: 60, status: 'succeeded', isRunning: false },
  { id: 'run-2', x: at('2026-11-27T11:00:00Z'), y: 600, status: 'user_error', isRunning: false },
  { id: 'run-3', x: at('2026-11-27T12:00:00Z'), y: 120, status: 'succeeded', isRunning: false },
];

describe('chart summaries', () => {
  it('says what the duration chart shows: span, median, longest, failures, deployments', () => {
    expect(durationSummary(durationStats(points), 1, 'UTC')).toBe(
      '3 executions started from 2026-11-27 10:00 UTC to 2026-11-27 12:00 UTC. ' +
        'Median duration 2m, longest 10m (run-2). 1 failed. 1 deployment in this range.',
    );
    expect(durationSummary(durationStats([]), 0, 'UTC')).toBe('No executions in this range.');
  });

  it('puts the status bars in words', () => {
    expect(
      statusSummary([
        { status: 'succeeded', count: 1200 },
        { status: 'user_error', count: 3 },
        { status: 'skipped', count: 0 },
      ]),
    ).toBe('1,203 executions: 1,200 Succeeded, 3 User error.');
  });
});
