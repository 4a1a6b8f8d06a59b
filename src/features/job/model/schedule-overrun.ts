import { nextCronRuns } from '@/lib/cron';

export interface Overrun {
  /** Shortest gap between two upcoming runs, in seconds. */
  intervalSeconds: number;
  /** Longest recent execution, in seconds. */
  longestSeconds: number;
  /** How many of the recent executions took longer than the interval. */
  count: number;
}

/**
 * Kubernetes runs VDK jobs with `concurrencyPolicy: Forbid` (docs/api-reference.md §5.2): a run that is
 * due while the previous one still runs is skipped. Warn when recent executions outlast the interval.
 */
export function scheduleOverrun(
  cron: string | undefined,
  durationsSeconds: number[],
  from = new Date(),
): Overrun | undefined {
  const runs = nextCronRuns(cron, 12, from);
  if (runs.length < 2 || durationsSeconds.length === 0) return undefined;
  let intervalSeconds = Number.POSITIVE_INFINITY;
  for (let i = 1; i < runs.length; i += 1) {
    intervalSeconds = Math.min(intervalSeconds, (runs[i]!.getTime() - runs[i - 1]!.getTime()) / 1000);
  }
  const over = durationsSeconds.filter((seconds) => seconds > intervalSeconds);
  if (over.length === 0) return undefined;
  return { intervalSeconds, longestSeconds: Math.max(...over), count: over.length };
}
