import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { normalizeExecutionStatus, type ExecutionStatus } from '@/lib/execution-status';
import { logSignatureKey, type LogSignature } from './log-signature';
import { MESSAGE_LIMIT, normalizeMessage } from './normalize-message';
import { adviceFor } from './advice';

/**
 * Failure triage: every failed or skipped run of the window lands in exactly one cause, the most telling one
 * that applies, in this order: a platform incident across jobs, a job that started failing with a new version,
 * the error its log showed, the service's message; skipped runs are grouped per job.
 */
export type CauseKind = 'incident' | 'change' | 'log' | 'message' | 'skipped';

export interface RunRef {
  id: string;
  jobName: string;
  status: ExecutionStatus;
  startTime: string;
}

interface CauseBase {
  /** Stable while the data is the same: React key and link target. */
  key: string;
  runs: number;
  /** Job names, sorted. */
  jobs: string[];
  statuses: ExecutionStatus[];
  /** Start of the earliest and of the latest run, ISO instants. */
  firstSeen: string;
  lastSeen: string;
  /** The newest runs, newest first. */
  sample: RunRef[];
  /** Where the cause was read: the service's fields or logs this browser saw. */
  source: 'service' | 'log';
}

export interface MessageCause extends CauseBase {
  kind: 'message';
  /** The normalised message every run of the group shares. */
  message: string;
  /** One run's message as the service wrote it (cut to MESSAGE_LIMIT). */
  example: string;
  advice: string;
}
export interface IncidentCause extends CauseBase {
  kind: 'incident';
  /** From the first start to the last end of its runs. */
  windowStart: string;
  windowEnd: string;
}
export interface ChangeCause extends CauseBase {
  kind: 'change';
  change: 'job version' | 'VDK version';
  version: string;
  deployedBy?: string;
  deployedDate?: string;
  previousVersion: string;
  /** Successful runs of the previous version in the window. */
  previousSucceeded: number;
}
export interface LogCause extends CauseBase {
  kind: 'log';
  signature: LogSignature;
}
export interface SkippedCause extends CauseBase {
  kind: 'skipped';
}
export type Cause = MessageCause | IncidentCause | ChangeCause | LogCause | SkippedCause;

export interface TriageInput {
  /** Failed (user/platform error) and skipped runs of the window. */
  failures: readonly ExecutionHistoryRun[];
  /** Successful runs of the failing jobs in the window. */
  successes: readonly ExecutionHistoryRun[];
  /** Signatures read from logs, by execution id. */
  logSignatures: ReadonlyMap<string, LogSignature>;
}

/** Platform errors of different jobs this close together (start to start) belong to one incident. */
export const INCIDENT_GAP_MS = 15 * 60_000;
export const SAMPLE_SIZE = 5;

interface Run {
  raw: ExecutionHistoryRun;
  id: string;
  jobName: string;
  status: ExecutionStatus;
  start: number;
  end: number;
}

const KIND_ORDER: Record<CauseKind, number> = { incident: 0, change: 1, log: 2, message: 3, skipped: 4 };

function toRun(raw: ExecutionHistoryRun): Run | undefined {
  const status = normalizeExecutionStatus(raw.status);
  const start = Date.parse(raw.startTime ?? '');
  if (!raw.id || !raw.jobName || !status || Number.isNaN(start)) return undefined;
  const end = Date.parse(raw.endTime ?? '');
  return { raw, id: raw.id, jobName: raw.jobName, status, start, end: Number.isNaN(end) ? start : end };
}

function base(key: string, runs: Run[], source: CauseBase['source'] = 'service'): CauseBase {
  const sorted = [...runs].sort((a, b) => b.start - a.start || a.id.localeCompare(b.id));
  const newest = sorted[0]!;
  const oldest = sorted[sorted.length - 1]!;
  return {
    key,
    runs: runs.length,
    jobs: [...new Set(runs.map((run) => run.jobName))].sort(),
    statuses: [...new Set(runs.map((run) => run.status))].sort(),
    firstSeen: new Date(oldest.start).toISOString(),
    lastSeen: new Date(newest.start).toISOString(),
    sample: sorted
      .slice(0, SAMPLE_SIZE)
      .map(({ id, jobName, status, raw }) => ({ id, jobName, status, startTime: raw.startTime ?? '' })),
    source,
  };
}

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function incidents(failures: Run[], taken: Set<string>): IncidentCause[] {
  const platform = failures.filter((run) => run.status === 'platform_error').sort((a, b) => a.start - b.start);
  const clusters: Run[][] = [];
  for (const run of platform) {
    const current = clusters[clusters.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && run.start - last.start <= INCIDENT_GAP_MS) current.push(run);
    else clusters.push([run]);
  }
  return clusters
    .filter((cluster) => new Set(cluster.map((run) => run.jobName)).size > 1)
    .map((cluster) => {
      for (const run of cluster) taken.add(run.id);
      const windowStart = Math.min(...cluster.map((run) => run.start));
      const windowEnd = Math.max(...cluster.map((run) => run.end));
      return {
        ...base(`incident:${cluster[0]!.id}`, cluster),
        kind: 'incident',
        windowStart: new Date(windowStart).toISOString(),
        windowEnd: new Date(windowEnd).toISOString(),
      };
    });
}

/** A job whose failures since its last success all came after a version its successes did not have. */
function change(job: string, failures: Run[], successes: Run[], taken: Set<string>): ChangeCause | undefined {
  if (successes.length === 0) return undefined;
  const lastSuccess = successes.reduce((latest, run) => (run.start > latest.start ? run : latest));
  const streak = failures.filter((run) => run.start > lastSuccess.start).sort((a, b) => a.start - b.start);
  const first = streak[0];
  if (!first) return undefined;
  const before = lastSuccess.raw.deployment;
  const after = first.raw.deployment;
  const jobVersionChanged = !!after?.jobVersion && !!before?.jobVersion && after.jobVersion !== before.jobVersion;
  const vdkChanged = !!after?.vdkVersion && !!before?.vdkVersion && after.vdkVersion !== before.vdkVersion;
  if (!jobVersionChanged && !vdkChanged) return undefined;
  const field = jobVersionChanged ? 'jobVersion' : 'vdkVersion';
  const previousVersion = before[field]!;
  const runs = streak.filter((run) => !taken.has(run.id));
  if (runs.length === 0) return undefined;
  for (const run of runs) taken.add(run.id);
  return {
    ...base(`change:${job}:${after[field]}`, runs),
    kind: 'change',
    change: jobVersionChanged ? 'job version' : 'VDK version',
    version: after[field]!,
    ...(after?.deployedBy ? { deployedBy: after.deployedBy } : {}),
    ...(after?.deployedDate ? { deployedDate: after.deployedDate } : {}),
    previousVersion,
    previousSucceeded: successes.filter((run) => run.raw.deployment?.[field] === previousVersion).length,
  };
}

function byImportance(a: Cause, b: Cause): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    b.jobs.length - a.jobs.length ||
    b.runs - a.runs ||
    b.lastSeen.localeCompare(a.lastSeen) ||
    a.key.localeCompare(b.key)
  );
}

export function triageFailures({ failures, successes, logSignatures }: TriageInput): Cause[] {
  const runs = failures.map(toRun).filter((run) => run !== undefined);
  const failed = runs.filter((run) => run.status === 'user_error' || run.status === 'platform_error');
  const taken = new Set<string>();
  const causes: Cause[] = [...incidents(failed, taken)];

  const successesByJob = groupBy(
    successes.map(toRun).filter((run) => run !== undefined),
    (run) => run.jobName,
  );
  for (const [job, jobFailures] of groupBy(failed, (run) => run.jobName)) {
    const cause = change(job, jobFailures, successesByJob.get(job) ?? [], taken);
    if (cause) causes.push(cause);
  }

  const rest = failed.filter((run) => !taken.has(run.id));
  const fromLogs = rest.filter((run) => logSignatures.has(run.id));
  for (const [key, group] of groupBy(fromLogs, (run) => logSignatureKey(logSignatures.get(run.id)!))) {
    causes.push({ ...base(`log:${key}`, group, 'log'), kind: 'log', signature: logSignatures.get(group[0]!.id)! });
  }
  const fromService = rest.filter((run) => !logSignatures.has(run.id));
  for (const [message, group] of groupBy(fromService, (run) => normalizeMessage(run.raw.message))) {
    const example = (group[0]!.raw.message ?? '').slice(0, MESSAGE_LIMIT);
    causes.push({
      ...base(`message:${message}`, group),
      kind: 'message',
      message,
      example,
      advice: adviceFor(example),
    });
  }

  const skipped = runs.filter((run) => run.status === 'skipped');
  for (const [job, group] of groupBy(skipped, (run) => run.jobName)) {
    causes.push({ ...base(`skipped:${job}`, group), kind: 'skipped' });
  }
  return causes.sort(byImportance);
}
