import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';

/** The service keeps a finished run's pod, and so its log, this long (REFERENCE §4.5). */
const POD_TTL_MS = { manual: 3_600_000, scheduled: 600_000 } as const;
/** Logs read per visit: each is a whole log, and the page is about many runs. */
export const LOG_READS = 5;

/** The newest failed runs whose log may still be there and whose signature is not known yet. */
export function logCandidates(
  runs: readonly ExecutionHistoryRun[],
  known: ReadonlySet<string>,
  now: number,
): ExecutionHistoryRun[] {
  // A loop that stops at LOG_READS: the runs are newest first, and a window holds up to 10,000 of them.
  const candidates: ExecutionHistoryRun[] = [];
  for (const run of runs) {
    if (candidates.length === LOG_READS) break;
    if (!run.id || !run.jobName || known.has(run.id)) continue;
    if (run.status !== 'USER_ERROR' && run.status !== 'PLATFORM_ERROR') continue;
    const ended = Date.parse(run.endTime ?? '');
    const ttl = run.type === 'MANUAL' ? POD_TTL_MS.manual : POD_TTL_MS.scheduled;
    if (!Number.isNaN(ended) && now - ended < ttl) candidates.push(run);
  }
  return candidates;
}

/** Jobs with a failed run among `runs`: a plain loop, over up to 10,000 runs on the render that shows them. */
export function jobsThatFailed(runs: readonly ExecutionHistoryRun[]): string[] {
  const jobs = new Set<string>();
  for (const run of runs) if (run.status !== 'SKIPPED' && run.jobName) jobs.add(run.jobName);
  return [...jobs];
}
