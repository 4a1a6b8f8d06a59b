import { executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { formatDateTime, formatDuration } from '@/lib/time';
import { countOf, formatNumber } from '@/lib/words';
import type { DeploymentMarker } from './deployment-markers';
import type { DurationPoint } from './duration-points';

/**
 * What the duration chart shows, in one sentence for screen readers: how many runs over which time, how long they
 * took (median and longest), how many failed and how many deployments fell in the range.
 */
export function durationSummary(
  points: readonly DurationPoint[],
  markers: readonly DeploymentMarker[],
  timeZone: string,
): string {
  if (points.length === 0) return 'No executions in this range.';
  const starts = points.map((point) => point.x);
  const from = formatDateTime(Math.min(...starts), timeZone, { seconds: false });
  const to = formatDateTime(Math.max(...starts), timeZone, { seconds: false });
  const durations = points.map((point) => point.y).sort((a, b) => a - b);
  const median = durations[Math.floor((durations.length - 1) / 2)]!;
  const longest = points.reduce((a, b) => (b.y > a.y ? b : a));
  const failed = points.filter((point) => point.status === 'user_error' || point.status === 'platform_error').length;
  return [
    `${countOf(points.length, 'execution')} started from ${from} to ${to}.`,
    `Median duration ${formatDuration(median)}, longest ${formatDuration(longest.y)} (${longest.id}).`,
    `${formatNumber(failed)} failed.`,
    markers.length > 0 ? `${countOf(markers.length, 'deployment')} in this range.` : '',
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
