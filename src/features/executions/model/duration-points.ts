import type { ExecutionChartRun } from '@/api/types';
import { normalizeExecutionStatus, type ExecutionStatus } from '@/lib/execution-status';

export interface DurationPoint {
  id: string;
  /** Start, ms since epoch. */
  x: number;
  /** Duration in seconds; for a run still going, the time it has run so far. */
  y: number;
  status: ExecutionStatus | undefined;
  isRunning: boolean;
}

export function durationPoints(executions: readonly ExecutionChartRun[], now = Date.now()): DurationPoint[] {
  const points: DurationPoint[] = [];
  for (const execution of executions) {
    const start = execution.startTime ? Date.parse(execution.startTime) : NaN;
    if (Number.isNaN(start) || !execution.id) continue;
    const end = execution.endTime ? Date.parse(execution.endTime) : NaN;
    const isRunning = Number.isNaN(end);
    points.push({
      id: execution.id,
      x: start,
      y: Math.max(0, ((isRunning ? now : end) - start) / 1000),
      status: normalizeExecutionStatus(execution.status),
      isRunning,
    });
  }
  return points;
}

/** Picks a readable unit for a duration axis from its largest value. */
export function durationUnit(maxSeconds: number): { unit: 's' | 'min' | 'h'; divisor: number } {
  if (maxSeconds >= 3 * 3600) return { unit: 'h', divisor: 3600 };
  if (maxSeconds >= 180) return { unit: 'min', divisor: 60 };
  return { unit: 's', divisor: 1 };
}
