import { executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { formatDateTime, formatDuration } from '@/lib/time';
import { countOf, formatNumber } from '@/lib/words';
import type { DurationPoint } from './duration-points';

/** The figures the duration chart's summary tells, from one pass over its points and one sort of their durations. */
export interface DurationStats {
  count: number;
  /** First and last start, ms. */
  from: number;
  to: number;
  /** Seconds. */
  median: number;
  longest: { id: string; seconds: number };
  failed: number;
}

export function durationStats(points: readonly DurationPoint[]): DurationStats | undefined {
  if (points.length === 0) return undefined;
  let [from, to, failed] = [Infinity, -Infinity, 0];
  let longest = points[0]!;
  // A typed array sorts numbers natively, without calling a comparator 100,000 times for 10,000 runs.
  const durations = new Float64Array(points.length);
  points.forEach((point, index) => {
    if (point.x < from) from = point.x;
    if (point.x > to) to = point.x;
    if (point.y > longest.y) longest = point;
    if (point.status === 'user_error' || point.status === 'platform_error') failed += 1;
    durations[index] = point.y;
  });
  durations.sort();
  const median = durations[Math.floor((durations.length - 1) / 2)]!;
  return { count: points.length, from, to, median, longest: { id: longest.id, seconds: longest.y }, failed };
}

/**
 * What the duration chart shows, in one sentence for screen readers: how many runs over which time, how long they
 * took (median and longest), how many failed and how many deployments fell in the range.
 */
export function durationSummary(stats: DurationStats | undefined, deployments: number, timeZone: string): string {
  if (!stats) return 'No executions in this range.';
  const from = formatDateTime(stats.from, timeZone, { seconds: false });
  const to = formatDateTime(stats.to, timeZone, { seconds: false });
  return [
    `${countOf(stats.count, 'execution')} started from ${from} to ${to}.`,
    `Median duration ${formatDuration(stats.median)}, longest ${formatDuration(stats.longest.seconds)} (${stats.longest.id}).`,
    `${formatNumber(stats.failed)} failed.`,
    deployments > 0 ? `${countOf(deployments, 'deployment')} in this range.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The status bars in words: "120 executions: 100 Succeeded, 15 User error, 5 Platform error." */
export function statusSummary(counts: readonly { status: ExecutionStatus; count: number }[]): string {
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  if (total === 0) return 'No executions in this range.';
  const parts = counts
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${formatNumber(count)} ${executionStatusLabel(status)}`);
  return `${countOf(total, 'execution')}: ${parts.join(', ')}.`;
}
