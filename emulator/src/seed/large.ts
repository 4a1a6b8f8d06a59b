import type { DomainContext } from '../domain/context.ts';
import { nextFire } from '../domain/cron.ts';
import { DEFAULT_MESSAGES, type ExecutionStatus } from '../domain/execution-model.ts';
import { RETENTION } from '../domain/execution-service.ts';
import { seededRandom } from '../domain/profile.ts';
import { javaDateString } from '../domain/time-format.ts';
import { type SeedSummary, seedWriter } from './writer.ts';

const TEAMS = 40;
/** The first team is as large as a big real team, for the job-list benchmark; the rest share the remainder. */
const BIG_TEAM_JOBS = 1_000;

export interface LargeSeedSize {
  jobs: number;
  /** All executions, the benchmark jobs' included. */
  executions: number;
}

/** Tests seed the same shape smaller. */
export const LARGE_SEED_SIZE: LargeSeedSize = { jobs: 10_000, executions: 1_000_000 };
/** The job whose long history the execution-history benchmark pages through. */
export const HISTORY_BENCH_JOB = 'history-benchmark-job';
const HISTORY_BENCH_RUNS = 10_000;
/** The job whose one run printed the 100,000-line log of the log benchmark (same team as the history job). */
export const LOG_BENCH_JOB = 'log-benchmark-job';
export const LOG_BENCH_LINES = 100_000;
/** Seeded as a manual backfill that ended shortly before the seed; its pod (and log) stays as long as the run. */
const LOG_BENCH_RUN = { startedAgoMs: 3 * 3_600_000, durationMs: 45 * 60_000 };
const LOG_BENCH_PROFILE = {
  steps: ['10_create_table.sql', '20_ingest.py', '30_validate.sql'],
  logLines: LOG_BENCH_LINES,
  podTtlSeconds: RETENTION.maxAgeMs / 1000,
};
/**
 * How long the seed's history stays whole: its oldest executions start this long inside the 14-day retention, and
 * leave it from then on (the benchmark builds the seed again after this).
 */
export const LARGE_SEED_WHOLE_MS = 3_600_000;
const WINDOW_MS = RETENTION.maxAgeMs - LARGE_SEED_WHOLE_MS;

const VERBS = ['ingest', 'load', 'build', 'sync', 'export', 'refresh', 'compute', 'replicate', 'aggregate', 'clean'];
const NOUNS = [
  'orders',
  'events',
  'invoices',
  'users',
  'sessions',
  'metrics',
  'payments',
  'tickets',
  'leads',
  'assets',
];

function outcome(roll: number): ExecutionStatus {
  if (roll < 0.85) return 'succeeded';
  if (roll < 0.94) return 'user_error';
  if (roll < 0.98) return 'platform_error';
  return 'skipped';
}

/**
 * `--seed large`: 10,000 jobs over 40 teams (team-00 has 1,000 of them) and 1,000,000 finished executions inside the
 * retention window, in one transaction through prepared statements. Two jobs of team-00 serve the benchmark: one with
 * 10,000 executions, one whose single run printed 100,000 log lines.
 */
export function seedLarge(
  ctx: Pick<DomainContext, 'db' | 'clock'>,
  size: LargeSeedSize = LARGE_SEED_SIZE,
): SeedSummary {
  const writer = seedWriter(ctx.db);
  const now = ctx.clock.now();
  const random = seededRandom('large-seed');
  const ordinaryRuns = size.executions - HISTORY_BENCH_RUNS - 1;
  const perJob = Math.floor(ordinaryRuns / (size.jobs - 2));
  let extra = ordinaryRuns - perJob * (size.jobs - 2);
  let executions = 0;
  ctx.db.transaction(() => {
    for (let index = 0; index < size.jobs; index += 1) {
      const historyBench = index === 0;
      const logBench = index === 1;
      const bench = historyBench || logBench;
      const teamIndex = index < BIG_TEAM_JOBS ? 0 : 1 + (index % (TEAMS - 1));
      const team = `team-${String(teamIndex).padStart(2, '0')}`;
      const name = historyBench
        ? HISTORY_BENCH_JOB
        : logBench
          ? LOG_BENCH_JOB
          : `${VERBS[index % VERBS.length]}-${NOUNS[Math.floor(index / VERBS.length) % NOUNS.length]}-${String(index).padStart(5, '0')}`;
      const cron = `${index % 60} */3 * * *`;
      writer.job.run({
        name,
        team,
        description: `Synthetic job ${index} of team ${team}`,
        db_default_type: 'TRINO',
        schedule_cron: cron,
        user_error: index % 3 === 0 ? `${team}@example.com` : null,
        platform_error: null,
        success: null,
        deploy: null,
        generate_keytab: 0,
        created_at: now - 30 * 86_400_000,
        profile: logBench ? JSON.stringify(LOG_BENCH_PROFILE) : null,
      });
      const version = `${index.toString(16).padStart(8, '0')}${'0'.repeat(32)}`;
      const enabled = !bench && index % 10 !== 0;
      const deployedDate = javaDateString(now - 15 * 86_400_000);
      writer.deployment.run({
        job_name: name,
        job_version: version,
        python_version: '3.9',
        enabled: enabled ? 1 : 0,
        schedule_cron: cron,
        last_deployed_date: deployedDate,
        last_deployed_by: 'seed',
        next_fire_at: enabled ? nextFire(cron, now) : null,
      });
      let runs = historyBench ? HISTORY_BENCH_RUNS : logBench ? 1 : perJob;
      if (!bench && extra > 0) {
        runs += 1;
        extra -= 1;
      }
      const step = Math.floor(WINDOW_MS / runs);
      let lastEnd = 0;
      let lastStatus: ExecutionStatus = 'succeeded';
      let lastId = '';
      let lastStart = 0;
      for (let run = 0; run < runs; run += 1) {
        const { start, duration, status } = logBench
          ? {
              start: now - LOG_BENCH_RUN.startedAgoMs,
              duration: LOG_BENCH_RUN.durationMs,
              status: 'succeeded' as const,
            }
          : {
              start: now - WINDOW_MS + run * step + (index % 60) * 1000,
              duration: 20_000 + Math.floor(random() * Math.min(step - 25_000, 900_000)),
              status: outcome(random()),
            };
        const id = `${name}-${Math.floor(start / 1000)}`;
        writer.execution.run({
          id,
          job_name: name,
          type: logBench ? 'manual' : 'scheduled',
          status,
          start_time: start,
          end_time: start + duration,
          started_by: logBench ? 'backfill/seed' : 'scheduled/runtime',
          message: DEFAULT_MESSAGES[status],
          op_id: id,
          job_version: version,
          python_version: '3.9',
          deployed_by: 'seed',
          deployed_date: deployedDate,
          schedule_cron: cron,
          run_at: start + 3000,
          finish_at: start + duration,
          outcome: status,
        });
        lastEnd = start + duration;
        lastStatus = status;
        lastId = id;
        lastStart = start;
      }
      executions += runs;
      writer.lastExecution.run({
        name,
        status: lastStatus,
        end_time: lastEnd,
        duration: Math.round((lastEnd - lastStart) / 1000),
        id: lastId,
      });
    }
  })();
  return { jobs: size.jobs, executions };
}
