import { prepared } from '../db/statements.ts';
import type { DomainContext, Username } from './context.ts';
import { errors } from './errors.ts';
import {
  DEFAULT_MESSAGES,
  type ExecutionRow,
  type ExecutionStatus,
  isExecutionStatus,
  TERMINAL_STATUSES,
  toRestExecution,
} from './execution-model.ts';
import { type DataJobExecutionRequestBody, type JobRow } from './job-model.ts';
import { findDeployment } from './deployment-service.ts';
import { findJob, requireJobWithError } from './job-service.ts';
import { visibleLogs } from './logs.ts';
import { planExecution, profileOf } from './profile.ts';

/** Retention of the real `JobExecutionCleanupService`. */
export const RETENTION = { perJob: 100, maxAgeMs: 14 * 24 * 3_600_000 } as const;

const ACTIVE_SQL = "status IN ('submitted', 'running')";

export function findExecution(ctx: DomainContext, id: string): ExecutionRow | undefined {
  return ctx.db.prepare('SELECT * FROM executions WHERE id = ?').get(id) as ExecutionRow | undefined;
}

export function listExecutions(ctx: DomainContext, team: string, jobName: string, statuses: string[]) {
  requireJobWithError(ctx, team, jobName);
  for (const status of statuses) if (!isExecutionStatus(status)) throw errors.invalidExecutionStatus(status);
  const rows =
    statuses.length === 0
      ? ctx.db.prepare('SELECT * FROM executions WHERE job_name = ? ORDER BY id').all(jobName)
      : ctx.db
          .prepare(
            `SELECT * FROM executions WHERE job_name = ? AND status IN (${statuses.map(() => '?').join(',')}) ORDER BY id`,
          )
          .all(jobName, ...statuses);
  return (rows as ExecutionRow[]).map(toRestExecution);
}

/** The lookup is by id only, like the real one: it does not check that the id belongs to `{job}`. */
export function readExecution(ctx: DomainContext, team: string, jobName: string, id: string) {
  requireJobWithError(ctx, team, jobName);
  const row = findExecution(ctx, id);
  if (!row) throw errors.executionNotFound(id);
  return toRestExecution(row);
}

export function readLogs(ctx: DomainContext, team: string, jobName: string, id: string, tailLines?: number) {
  requireJobWithError(ctx, team, jobName);
  const row = findExecution(ctx, id);
  if (!row) throw errors.executionNotFound(id);
  const job = findJob(ctx, row.job_name);
  return { logs: visibleLogs(row, profileOf(row.job_name, job?.profile ?? null), ctx.clock.now(), tailLines) };
}

export interface StartOptions {
  type: 'manual' | 'scheduled';
  startedBy: string | null;
  opId: string;
  args?: unknown;
}

/** Writes a `submitted` execution with its pre-drawn plan; the scheduler moves it on. */
export function insertExecution(ctx: DomainContext, job: JobRow, id: string, at: number, options: StartOptions) {
  const deployment = findDeployment(ctx, job.name);
  const plan = planExecution(profileOf(job.name, job.profile), id);
  const runAt = at + plan.startDelayMs;
  ctx.db
    .prepare(
      `INSERT INTO executions (id, job_name, type, status, start_time, end_time, started_by, message, op_id,
         job_version, vdk_version, python_version, deployed_by, deployed_date, schedule_cron, cpu_request, cpu_limit,
         memory_request, memory_limit, args, run_at, finish_at, outcome)
       VALUES (@id, @job_name, @type, 'submitted', @start_time, NULL, @started_by, @message, @op_id,
         @job_version, @vdk_version, @python_version, @deployed_by, @deployed_date, @schedule_cron, @cpu_request,
         @cpu_limit, @memory_request, @memory_limit, @args, @run_at, @finish_at, @outcome)`,
    )
    .run({
      id,
      job_name: job.name,
      type: options.type,
      start_time: at,
      started_by: options.startedBy,
      message: DEFAULT_MESSAGES.submitted,
      op_id: options.opId,
      job_version: deployment?.job_version ?? null,
      vdk_version: deployment?.vdk_version ?? null,
      python_version: deployment?.python_version ?? null,
      deployed_by: deployment?.last_deployed_by ?? null,
      deployed_date: deployment?.last_deployed_date ?? null,
      schedule_cron: job.schedule_cron,
      cpu_request: deployment?.cpu_request ?? null,
      cpu_limit: deployment?.cpu_limit ?? null,
      memory_request: deployment?.memory_request ?? null,
      memory_limit: deployment?.memory_limit ?? null,
      args: options.args === undefined ? null : JSON.stringify(options.args),
      run_at: runAt,
      finish_at: runAt + plan.runMs,
      outcome: plan.outcome,
    });
}

export function hasActiveExecution(ctx: DomainContext, jobName: string): boolean {
  return (
    ctx.db.prepare(`SELECT 1 FROM executions WHERE job_name = ? AND ${ACTIVE_SQL} LIMIT 1`).get(jobName) !== undefined
  );
}

/** POST …/executions: `<job>-<epoch seconds>`; a same-second clash takes the next free second. */
export function startExecution(
  ctx: DomainContext,
  team: string,
  jobName: string,
  body: DataJobExecutionRequestBody,
  user: Username,
  opId: string,
): string {
  const job = requireJobWithError(ctx, team, jobName);
  if (!findDeployment(ctx, jobName)) throw errors.jobNotDeployed(jobName);
  return ctx.db.transaction(() => {
    if (hasActiveExecution(ctx, jobName)) throw errors.alreadyRunning(jobName);
    const now = ctx.clock.now();
    let seconds = Math.floor(now / 1000);
    while (findExecution(ctx, `${jobName}-${seconds}`)) seconds += 1;
    const id = `${jobName}-${seconds}`;
    const startedBy = body.started_by ? `${body.started_by}/${user ?? 'null'}` : user;
    insertExecution(ctx, job, id, now, { type: 'manual', startedBy, opId, args: body.args });
    return id;
  })();
}

function finish(ctx: DomainContext, row: ExecutionRow, status: ExecutionStatus, endTime: number): void {
  ctx.db
    .prepare('UPDATE executions SET status = ?, end_time = ?, message = ? WHERE id = ?')
    .run(status, endTime, DEFAULT_MESSAGES[status], row.id);
  ctx.db
    .prepare(
      `UPDATE jobs SET last_execution_status = ?, last_execution_end_time = ?, last_execution_duration = ?,
         latest_execution_id = ? WHERE name = ?`,
    )
    .run(status, endTime, Math.round((endTime - row.start_time) / 1000), row.id, row.job_name);
  applyRetention(ctx, row.job_name, endTime);
}

export function cancelExecution(ctx: DomainContext, team: string, jobName: string, id: string): void {
  const job = findJob(ctx, jobName);
  if (!job || job.team !== team) throw errors.cancelJobNotFound(id);
  const row = findExecution(ctx, id);
  // Looked up for this job and team, unlike a read.
  if (!row || row.job_name !== job.name) throw errors.cancelExecutionNotFound(id);
  if (row.status !== 'submitted' && row.status !== 'running') throw errors.cancelNotRunning(id);
  ctx.db.transaction(() => finish(ctx, row, 'cancelled', ctx.clock.now()))();
}

/** Keeps at most 100 finished executions per job and none older than 14 days. */
export function applyRetention(ctx: DomainContext, jobName: string, now: number): void {
  const terminal = TERMINAL_STATUSES.map((status) => `'${status}'`).join(',');
  ctx.db
    .prepare(`DELETE FROM executions WHERE job_name = ? AND status IN (${terminal}) AND end_time < ?`)
    .run(jobName, now - RETENTION.maxAgeMs);
  ctx.db
    .prepare(
      `DELETE FROM executions WHERE id IN (
         SELECT id FROM executions WHERE job_name = ? AND status IN (${terminal})
         ORDER BY start_time DESC LIMIT -1 OFFSET ?)`,
    )
    .run(jobName, RETENTION.perJob);
}

/**
 * The periodic part of the real cleanup job: finished executions older than 14 days go, for all
 * jobs at once (start_time bounds the scan; an execution ends after it starts).
 */
export function expireOldExecutions(ctx: DomainContext, now: number): number {
  const cutoff = now - RETENTION.maxAgeMs;
  return prepared(ctx.db, 'DELETE FROM executions WHERE start_time < ? AND end_time < ?').run(cutoff, cutoff).changes;
}

/** Moves every active execution along its plan up to `now` (submitted → running → terminal). */
export function progressExecutions(ctx: DomainContext, now: number): number {
  const due = ctx.db
    .prepare(
      `SELECT * FROM executions WHERE ${ACTIVE_SQL}
         AND ((status = 'submitted' AND run_at <= @now) OR finish_at <= @now)`,
    )
    .all({ now }) as ExecutionRow[];
  if (due.length === 0) return 0;
  ctx.db.transaction(() => {
    for (const row of due) {
      if (row.finish_at !== null && row.finish_at <= now) {
        const outcome = row.outcome && isExecutionStatus(row.outcome) ? row.outcome : 'succeeded';
        finish(ctx, row, outcome, row.finish_at);
      } else {
        ctx.db
          .prepare('UPDATE executions SET status = ?, message = ? WHERE id = ?')
          .run('running', DEFAULT_MESSAGES.running, row.id);
      }
    }
  })();
  return due.length;
}
