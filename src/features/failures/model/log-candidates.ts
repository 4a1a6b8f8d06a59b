import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { nextTask } from '@/lib/next-task';

/** The service keeps a finished run's pod, and so its log, this long (REFERENCE §4.5). */
const POD_TTL_MS = { manual: 3_600_000, scheduled: 600_000 } as const;
/** Logs read per visit: each is a whole log, and the page is about many runs. */
export const LOG_READS = 5;

/** What the page needs of the failed runs before triage starts: each a loop over up to 10,000 runs. */
export interface FailureDigest {
  /** Jobs with a failed run: their successes are read to see what a new version broke. */
  failingJobs: string[];
  /** Failed runs whose log may still be there, newest first. */
  withLogs: ExecutionHistoryRun[];
}

/**
 * The digest of a window's failed runs, each loop in a task of its own: in the render that showed 10,000 runs they
 * held the page for about 40 ms at 4× throttle, on top of that render's own work.
 */
export async function digestFailures(runs: readonly ExecutionHistoryRun[], now: number): Promise<FailureDigest> {
  await nextTask();
  const failingJobs = jobsThatFailed(runs);
  await nextTask();
  return { failingJobs, withLogs: failuresWithLogs(runs, now) };
}

/** The newest failed runs whose log may still be there and whose signature is not known yet. */
export function logCandidates(
  withLogs: readonly ExecutionHistoryRun[],
  known: ReadonlySet<string>,
): ExecutionHistoryRun[] {
  const candidates: ExecutionHistoryRun[] = [];
  for (const run of withLogs) {
    if (candidates.length === LOG_READS) break;
    if (!known.has(run.id!)) candidates.push(run);
  }
  return candidates;
}

/** Failed runs (not skipped) that ended recently enough for their pod, and so their log, to be kept. */
export function failuresWithLogs(runs: readonly ExecutionHistoryRun[], now: number): ExecutionHistoryRun[] {
  const found: ExecutionHistoryRun[] = [];
  for (const run of runs) {
    if (!run.id || !run.jobName) continue;
    if (run.status !== 'USER_ERROR' && run.status !== 'PLATFORM_ERROR') continue;
    const ended = Date.parse(run.endTime ?? '');
    const ttl = run.type === 'MANUAL' ? POD_TTL_MS.manual : POD_TTL_MS.scheduled;
    if (!Number.isNaN(ended) && now - ended < ttl) found.push(run);
  }
  return found;
}

/** Jobs with a failed run among `runs`: a plain loop, over up to 10,000 runs. */
export function jobsThatFailed(runs: readonly ExecutionHistoryRun[]): string[] {
  const jobs = new Set<string>();
  for (const run of runs) if (run.status !== 'SKIPPED' && run.jobName) jobs.add(run.jobName);
  return [...jobs];
}
