export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Summary | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface LongTask {
  start: number;
  duration: number;
  /** What ran in it (bench/lib/task-causes.ts), where the browser reports long animation frames. */
  cause?: string;
}

/**
 * The longest task that ran during [from, to] (ms since navigation start), 0 when none did. The browser
 * reports tasks of 50 ms or more only: 0 means none reached 50 ms.
 */
export function longestTaskWithin(tasks: readonly LongTask[], from: number, to: number): number {
  return longestTaskIn(tasks, from, to)?.duration ?? 0;
}

/** What ran in that task ('' when there was none, or the browser does not say). */
export function longestTaskCause(tasks: readonly LongTask[], from: number, to: number): string {
  return longestTaskIn(tasks, from, to)?.cause ?? '';
}

function longestTaskIn(tasks: readonly LongTask[], from: number, to: number): LongTask | undefined {
  const during = tasks.filter((task) => task.start < to && task.start + task.duration > from);
  return during.reduce<LongTask | undefined>(
    (longest, task) => (task.duration > (longest?.duration ?? 0) ? task : longest),
    undefined,
  );
}
