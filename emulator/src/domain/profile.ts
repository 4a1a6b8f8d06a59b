import { createHash } from 'node:crypto';

/** How a job behaves when it runs: duration, failure rates and the steps its logs show. */
export interface JobProfile {
  /** Typical run time in seconds; each run varies by ±jitter (fraction). */
  durationSeconds: number;
  jitter: number;
  userErrorRate: number;
  platformErrorRate: number;
  skippedRate: number;
  /** Job step files, e.g. `10_create_table.sql`. */
  steps: string[];
  /** Fixed seconds between submission and the pod starting (default: 2–8 s, drawn per run). Tests pin it. */
  startDelaySeconds?: number;
  /** A chatty job: each run's full log has exactly this many lines, mostly per-batch progress. */
  logLines?: number;
  /** Seconds a finished run's pod, and so its log, is kept (default: by run type, see POD_TTL_MS). */
  podTtlSeconds?: number;
  /**
   * Share of scheduled ticks at which no execution is created at all, as when Kubernetes' CronJob controller was down
   * or could not start a pod in time (default 0). Tests set 1 to make ticks pass with no run: *missed* runs.
   */
  missedTickRate?: number;
}

export type TerminalOutcome = 'succeeded' | 'user_error' | 'platform_error' | 'skipped';

/** Deterministic pseudo-random numbers from a string seed (mulberry32 over a SHA-1 prefix). */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha1').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEP_SETS = [
  ['10_create_table.sql', '20_ingest.py', '30_validate.sql'],
  ['10_create_table.sql', '20_ingest.py'],
  ['10_extract.py', '20_transform.sql', '30_load.py'],
  ['05_drop_staging.sql', '10_create_table.sql', '20_ingest.py', '40_refresh_view.sql'],
];

/** A plausible profile derived from the job name, for jobs created through the API. */
export function defaultProfile(jobName: string): JobProfile {
  const random = seededRandom(`profile:${jobName}`);
  return {
    durationSeconds: Math.round(20 + random() * 160),
    jitter: 0.3,
    userErrorRate: 0.08,
    platformErrorRate: 0.02,
    skippedRate: 0.02,
    steps: STEP_SETS[Math.floor(random() * STEP_SETS.length)] ?? STEP_SETS[0]!,
  };
}

export function profileOf(jobName: string, stored: string | null): JobProfile {
  if (stored) {
    try {
      return { ...defaultProfile(jobName), ...(JSON.parse(stored) as Partial<JobProfile>) };
    } catch {
      // A hand-edited, broken profile falls back to the default rather than failing runs.
    }
  }
  return defaultProfile(jobName);
}

export interface ExecutionPlan {
  /** Milliseconds after submission when the pod starts. */
  startDelayMs: number;
  /** Milliseconds of running before the terminal status. */
  runMs: number;
  outcome: TerminalOutcome;
}

export function planExecution(profile: JobProfile, executionId: string): ExecutionPlan {
  const random = seededRandom(`plan:${executionId}`);
  const drawnDelayMs = 2_000 + Math.floor(random() * 6_000);
  const startDelayMs = profile.startDelaySeconds === undefined ? drawnDelayMs : profile.startDelaySeconds * 1000;
  const roll = random();
  let outcome: TerminalOutcome = 'succeeded';
  if (roll < profile.skippedRate) outcome = 'skipped';
  else if (roll < profile.skippedRate + profile.platformErrorRate) outcome = 'platform_error';
  else if (roll < profile.skippedRate + profile.platformErrorRate + profile.userErrorRate) outcome = 'user_error';
  const factor = 1 + (random() * 2 - 1) * profile.jitter;
  let runMs = Math.max(3_000, Math.round(profile.durationSeconds * 1000 * factor));
  if (outcome === 'skipped') runMs = 2_000 + Math.floor(random() * 2_000);
  if (outcome !== 'succeeded' && outcome !== 'skipped') runMs = Math.round(runMs * (0.3 + random() * 0.6));
  return { startDelayMs, runMs, outcome };
}

/** Whether the scheduled tick at `at` passes with no execution: drawn per job and tick, so a replay misses the same. */
export function missesTick(profile: JobProfile, jobName: string, at: number): boolean {
  const rate = profile.missedTickRate ?? 0;
  return rate > 0 && seededRandom(`tick:${jobName}:${at}`)() < rate;
}
