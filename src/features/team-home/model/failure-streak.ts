import { isActive, normalizeExecutionStatus } from '@/lib/execution-status';

export interface StreakRun {
  id?: string | null;
  status?: string | null;
  startTime?: string | null;
}

export interface FailureStreak {
  /** Failures in a row, newest first, up to the first success. */
  count: number;
  /** Start of the oldest failure of the streak. */
  since: string | undefined;
  /** Every run we were given failed: the streak may be longer than we can see. */
  isAtLeast: boolean;
  /** The newest failed run. */
  latest: StreakRun | undefined;
}

/**
 * How long a job has been failing, from its newest runs (newest first). Runs that neither succeeded nor failed —
 * still going, cancelled, skipped — do not break the streak or count in it: only a success ends it.
 */
export function failureStreak(runs: readonly (StreakRun | null | undefined)[]): FailureStreak {
  let count = 0;
  let since: string | undefined;
  let latest: StreakRun | undefined;
  for (const run of runs) {
    if (!run || isActive(run.status)) continue;
    const status = normalizeExecutionStatus(run.status);
    if (status === 'succeeded') return { count, since, isAtLeast: false, latest };
    if (status === 'user_error' || status === 'platform_error') {
      count += 1;
      since = run.startTime ?? since;
      latest ??= run;
    }
  }
  return { count, since, isAtLeast: count > 0, latest };
}
