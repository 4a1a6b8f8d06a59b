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
  return runs
    .filter((run) => {
      if (!run.id || !run.jobName || known.has(run.id)) return false;
      if (run.status !== 'USER_ERROR' && run.status !== 'PLATFORM_ERROR') return false;
      const ended = Date.parse(run.endTime ?? '');
      const ttl = run.type === 'MANUAL' ? POD_TTL_MS.manual : POD_TTL_MS.scheduled;
      return !Number.isNaN(ended) && now - ended < ttl;
    })
    .slice(0, LOG_READS);
}
