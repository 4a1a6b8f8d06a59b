/**
 * The schedule reality check: what a job's deployed cron promised over a window, against the executions that
 * actually happened. Pure: the timeline draws it and the home counts it.
 *
 * Each tick of the schedule is one of
 *   ran      a scheduled execution started near it;
 *   late     one started, but more than `lateAfterMs` after the tick;
 *   skipped  none started because another execution of the job was still running at the tick (VDK runs a job once
 *            at a time: its CronJob forbids concurrent runs, and a run started meanwhile reports Skipped), or the
 *            execution it started reports Skipped;
 *   missed   none started and nothing was running: the job was disabled, the scheduler was down, or the tick was
 *            lost;
 *   due      the tick has passed so recently that its execution may still be on the way;
 *   upcoming in the future.
 * A job whose recent runs take longer than the time between two ticks is at *overlap risk*: its next runs will be
 * skipped while the previous one still runs.
 */
import { cronRunsBetween, nextCronRuns } from './cron';
import { normalizeExecutionStatus } from './execution-status';

export interface ScheduledJobFacts {
  /** The deployed schedule (not the saved one: only a deployment schedules runs). */
  cron: string | null | undefined;
  /** Whether the deployment is enabled; a disabled job's missed ticks are explained by that. */
  enabled: boolean | null | undefined;
  /** When it was deployed: earlier ticks were not this deployment's to keep. */
  deployedAt?: string | null;
}

export interface RunFacts {
  id?: string | null;
  /** REST or GraphQL spelling. */
  type?: string | null;
  status?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

export type TickKind = 'ran' | 'late' | 'skipped' | 'missed' | 'due' | 'upcoming';

export interface Tick {
  at: number;
  kind: TickKind;
  /** The scheduled execution of this tick (ran, late, skipped when it reported Skipped). */
  runId?: string;
  /** For skipped ticks: the execution that was still running. */
  blockedBy?: string;
  /** Start minus tick, for ran and late. */
  delayMs?: number;
}

export interface OverlapRisk {
  /** Shortest time between two ticks of the schedule. */
  intervalMs: number;
  /** Median duration of the recent finished runs. */
  typicalDurationMs: number;
  /** How many of those runs took longer than the interval. */
  longerRuns: number;
  recentRuns: number;
}

export interface ScheduleReality {
  ticks: Tick[];
  missed: number;
  late: number;
  skipped: number;
  overlapRisk: OverlapRisk | undefined;
  /** True when the window held more ticks than `maxTicks`: the counts cover the first ones only. */
  isTruncated: boolean;
  /**
   * Ticks before this time (epoch ms) are not judged: the service no longer keeps the runs that would tell (it keeps
   * a job's last 100 finished executions for at most 14 days).
   */
  forgottenBefore?: number;
}

export interface RealityOptions {
  /** A scheduled start later than this after its tick is late. Default 5 minutes. */
  lateAfterMs?: number;
  /** A tick this recent is `due`, not missed yet. Default 2 minutes. */
  graceMs?: number;
  /** Recent finished runs that decide the overlap risk. Default 10. */
  recentRuns?: number;
  /** At most this many ticks per job and window (an every-minute cron over a week is 10,080). Default 2,000. */
  maxTicks?: number;
}

const MINUTE = 60_000;
const DEFAULTS: Required<RealityOptions> = {
  lateAfterMs: 5 * MINUTE,
  graceMs: 2 * MINUTE,
  recentRuns: 10,
  maxTicks: 2_000,
};
/** A CronJob may create its run a little before the tick by clock skew; a start this early still belongs to it. */
const EARLY_TOLERANCE_MS = MINUTE;
/**
 * The Control Service's retention (docs/api-reference.md, Retention): per job at most 100 finished executions, none
 * older than 14 days. An older tick's run may have been deleted, so its absence proves nothing.
 */
const RETAINED_RUNS_PER_JOB = 100;
const RETAINED_MS = 14 * 24 * 60 * MINUTE;

interface TimedRun {
  id: string | undefined;
  scheduled: boolean;
  skipped: boolean;
  start: number;
  /** Infinity while it runs. */
  end: number;
}

function timed(runs: readonly RunFacts[]): TimedRun[] {
  const result: TimedRun[] = [];
  for (const run of runs) {
    const start = run.startTime ? Date.parse(run.startTime) : NaN;
    if (Number.isNaN(start)) continue;
    const end = run.endTime ? Date.parse(run.endTime) : NaN;
    result.push({
      id: run.id ?? undefined,
      scheduled: run.type?.toLowerCase() === 'scheduled',
      skipped: normalizeExecutionStatus(run.status) === 'skipped',
      start,
      end: Number.isNaN(end) ? Infinity : end,
    });
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * Since when the runs in hand can be trusted to be complete: a job with the retained maximum of finished runs may
 * have lost older ones, and nothing older than the retention period is kept at all.
 */
function retentionHorizon(runs: readonly TimedRun[], now: number): number {
  const finished = runs.filter((run) => Number.isFinite(run.end));
  const byCount = finished.length >= RETAINED_RUNS_PER_JOB ? finished[0]!.start : -Infinity;
  return Math.max(byCount, now - RETAINED_MS);
}

/** Ticks of `cron` in [from, to], at most `max` of them (+1 to tell that there were more). */
export function scheduleTicks(cron: string | null | undefined, from: number, to: number, max: number): number[] {
  if (!cron || to < from) return [];
  // cronRunsBetween answers the ticks strictly after its start.
  return cronRunsBetween(cron, new Date(from - 1), new Date(to), max + 1).map((date) => date.getTime());
}

/** Shortest gap between two consecutive ticks, looked for over the next few ticks from `from`. */
export function scheduleIntervalMs(cron: string | null | undefined, from: number): number | undefined {
  const next = nextCronRuns(cron, 25, new Date(from)).map((date) => date.getTime());
  let shortest: number | undefined;
  for (let index = 1; index < next.length; index += 1) {
    const gap = next[index]! - next[index - 1]!;
    shortest = shortest === undefined ? gap : Math.min(shortest, gap);
  }
  return shortest;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Overlap risk from the recent finished (not skipped) runs: at risk when the typical one outlasts the interval. */
export function overlapRisk(
  cron: string | null | undefined,
  runs: readonly RunFacts[],
  now: number,
  recentRuns = DEFAULTS.recentRuns,
): OverlapRisk | undefined {
  const intervalMs = scheduleIntervalMs(cron, now);
  if (intervalMs === undefined) return undefined;
  const durations = timed(runs)
    .filter((run) => !run.skipped && Number.isFinite(run.end))
    .slice(-recentRuns)
    .map((run) => run.end - run.start);
  if (durations.length === 0) return undefined;
  const typicalDurationMs = median(durations);
  if (typicalDurationMs <= intervalMs) return undefined;
  return {
    intervalMs,
    typicalDurationMs,
    longerRuns: durations.filter((duration) => duration > intervalMs).length,
    recentRuns: durations.length,
  };
}

export type TickReality = Omit<ScheduleReality, 'overlapRisk'>;

/**
 * Classifies every tick of the job's deployed schedule in [from, to] against its executions (all types: a manual run
 * in progress also makes a tick skip). `runs` should hold every execution that started in the window, plus the one
 * running at its start if any.
 */
export function tickReality(
  job: ScheduledJobFacts,
  runs: readonly RunFacts[],
  window: { from: number; to: number },
  now: number,
  options: RealityOptions = {},
): TickReality {
  const { lateAfterMs, graceMs, maxTicks } = { ...DEFAULTS, ...options };
  const all = timed(runs);
  const deployedAt = job.deployedAt ? Date.parse(job.deployedAt) : NaN;
  const known = retentionHorizon(all, now);
  const from = Math.max(window.from, Number.isNaN(deployedAt) ? -Infinity : deployedAt, known);
  const found = scheduleTicks(job.cron, from, window.to, maxTicks);
  const isTruncated = found.length > maxTicks;
  const tickTimes = found.slice(0, maxTicks);
  const scheduled = all.filter((run) => run.scheduled);
  const claimed = new Set<TimedRun>();

  const ticks: Tick[] = tickTimes.map((at, index) => {
    if (at > now) return { at, kind: 'upcoming' };
    const nextTick = tickTimes[index + 1] ?? Infinity;
    const own = scheduled.find(
      (run) => !claimed.has(run) && run.start >= at - EARLY_TOLERANCE_MS && run.start < nextTick,
    );
    if (own) {
      claimed.add(own);
      const delayMs = Math.max(0, own.start - at);
      if (own.skipped) return { at, kind: 'skipped', runId: own.id };
      return { at, kind: delayMs > lateAfterMs ? 'late' : 'ran', runId: own.id, delayMs };
    }
    const blocker = all.find((run) => !run.skipped && run.start < at && run.end > at);
    if (blocker) return { at, kind: 'skipped', blockedBy: blocker.id };
    return { at, kind: now - at < graceMs ? 'due' : 'missed' };
  });

  const count = (kind: TickKind) => ticks.filter((tick) => tick.kind === kind).length;
  return {
    ticks,
    missed: count('missed'),
    late: count('late'),
    skipped: count('skipped'),
    isTruncated,
    ...(known > window.from && { forgottenBefore: known }),
  };
}

/** The ticks' reality and the job's overlap risk: what a lane of the timeline shows. */
export function checkScheduleReality(
  job: ScheduledJobFacts,
  runs: readonly RunFacts[],
  window: { from: number; to: number },
  now: number,
  options: RealityOptions = {},
): ScheduleReality {
  return {
    ...tickReality(job, runs, window, now, options),
    overlapRisk: overlapRisk(job.cron, runs, now, options.recentRuns),
  };
}

/** Why a tick is what it is, in words for a tooltip or a screen reader. */
export function explainTick(tick: Tick, job: Pick<ScheduledJobFacts, 'enabled'>): string {
  switch (tick.kind) {
    case 'ran':
      return 'Ran on schedule.';
    case 'late':
      return `Started ${Math.round((tick.delayMs ?? 0) / MINUTE)} min after its scheduled time.`;
    case 'skipped':
      return tick.blockedBy
        ? `Skipped: VDK does not start a run while the previous one (${tick.blockedBy}) is still running.`
        : 'Skipped: VDK does not start a run while the previous one is still running.';
    case 'missed':
      return job.enabled === false
        ? 'Missed: no execution started, because the job is disabled.'
        : 'Missed: no execution started at this time and none was running.';
    case 'due':
      return 'Due just now: its execution may still be starting.';
    case 'upcoming':
      return 'Scheduled.';
  }
}
