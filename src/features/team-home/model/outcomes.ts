import type { ExecutionStatus } from '@/lib/execution-status';

/** The segments of a "Success over time" bar: final statuses, cancelled and skipped together (neither passed nor failed). */
export const OUTCOMES = [
  { key: 'succeeded', label: 'Succeeded', statuses: ['succeeded'] },
  { key: 'user_error', label: 'User error', statuses: ['user_error'] },
  { key: 'platform_error', label: 'Platform error', statuses: ['platform_error'] },
  { key: 'other', label: 'Cancelled or skipped', statuses: ['cancelled', 'skipped'] },
] as const satisfies readonly { key: string; label: string; statuses: readonly ExecutionStatus[] }[];

export type OutcomeKey = (typeof OUTCOMES)[number]['key'];
export type OutcomeCounts = Record<OutcomeKey, number>;

export const FINISHED_STATUSES: ExecutionStatus[] = OUTCOMES.flatMap(({ statuses }) => [...statuses]);

export function sumOutcomes(bars: readonly { counts: OutcomeCounts }[]): OutcomeCounts {
  const sum: OutcomeCounts = { succeeded: 0, user_error: 0, platform_error: 0, other: 0 };
  for (const bar of bars) for (const { key } of OUTCOMES) sum[key] += bar.counts[key];
  return sum;
}

export const totalOf = (counts: OutcomeCounts) => OUTCOMES.reduce((total, { key }) => total + counts[key], 0);

/** Succeeded out of the runs that passed or failed, "97.5%"; undefined when none did either. */
export function successRate(counts: OutcomeCounts): string | undefined {
  const decided = counts.succeeded + counts.user_error + counts.platform_error;
  return decided === 0 ? undefined : `${((100 * counts.succeeded) / decided).toFixed(1)}%`;
}
