import { createHash } from 'node:crypto';
import type { DomainContext } from './context.ts';
import { constraintError, errors } from './errors.ts';
import { type DataJobBody, type JobRow, jobColumnsFromBody, toRestJob } from './job-model.ts';

const JOB_NAME = /^[a-z][a-z0-9-]{5,49}$/;
const NAME_RULE =
  'starting with lowercase letter, only lowercase alphanumeric characters or dash and between 6 and 50 characters';

function validateJobName(name: unknown): asserts name is string {
  if (name === null || name === undefined || name === '') {
    throw constraintError('dataJob.jobName', 'missing or malformed data job name', name);
  }
  if (typeof name !== 'string' || !JOB_NAME.test(name)) throw constraintError('dataJob.jobName', NAME_RULE, name);
}

export function findJob(ctx: DomainContext, name: string): JobRow | undefined {
  return ctx.db.prepare('SELECT * FROM jobs WHERE name = ?').get(name) as JobRow | undefined;
}

/** The job when it belongs to `team` (exact, case-sensitive), as `existsDataJobByNameAndJobConfigTeam`. */
export function findJobInTeam(ctx: DomainContext, team: string, name: string): JobRow | undefined {
  const job = findJob(ctx, name);
  return job && job.team === team ? job : undefined;
}

export function requireJobInTeam(ctx: DomainContext, team: string, name: string): JobRow {
  const job = findJobInTeam(ctx, team, name);
  if (!job) throw errors.notFound();
  return job;
}

/** Like `requireJobInTeam`, for the controllers that answer with an error body (executions). */
export function requireJobWithError(ctx: DomainContext, team: string, name: string): JobRow {
  const job = findJobInTeam(ctx, team, name);
  if (!job) throw errors.jobNotFound(name);
  return job;
}

export function keytabFor(name: string): Buffer {
  // Not a real Kerberos keytab: recognisable bytes with the 0x0502 keytab header.
  const principal = Buffer.from(`${name}@EMULATOR.LOCAL`);
  const key = createHash('sha256').update(`keytab:${name}`).digest();
  return Buffer.concat([Buffer.from([0x05, 0x02]), principal, key]);
}

export function createJob(ctx: DomainContext, team: string, body: DataJobBody, nameParam: string | undefined): string {
  validateJobName(body.job_name);
  const name = body.job_name;
  if (nameParam !== undefined && nameParam !== name) {
    throw constraintError('dataJob.jobName', 'the same as the name in the request URL query parameter', name);
  }
  if (team.trim() === '') throw constraintError('team', 'in path should not be blank', body.team);
  if (body.team !== undefined && body.team !== null && body.team !== team) {
    throw constraintError('dataJob.team', 'the same as the team name in the request URL query parameter', body.team);
  }
  const columns = jobColumnsFromBody(body);
  const insert = ctx.db.transaction(() => {
    if (findJob(ctx, name)) return false;
    ctx.db
      .prepare(
        `INSERT INTO jobs (name, team, description, db_default_type, schedule_cron, generate_keytab,
           enable_execution_notifications, notification_delay_period_minutes, notified_on_job_failure_user_error,
           notified_on_job_failure_platform_error, notified_on_job_success, notified_on_job_deploy, created_at)
         VALUES (@name, @team, @description, @db_default_type, @schedule_cron, @generate_keytab,
           @enable_execution_notifications, @notification_delay_period_minutes, @notified_on_job_failure_user_error,
           @notified_on_job_failure_platform_error, @notified_on_job_success, @notified_on_job_deploy, @created_at)`,
      )
      .run({ ...sqlValues(columns), name, team, created_at: ctx.clock.now() });
    if (columns.generate_keytab) {
      ctx.db.prepare('INSERT INTO keytabs (job_name, content) VALUES (?, ?)').run(name, keytabFor(name));
    }
    return true;
  });
  if (!insert()) throw errors.conflict();
  return name;
}

function sqlValues(columns: ReturnType<typeof jobColumnsFromBody>) {
  return {
    ...columns,
    generate_keytab: columns.generate_keytab ? 1 : 0,
    enable_execution_notifications:
      columns.enable_execution_notifications === null ? null : columns.enable_execution_notifications ? 1 : 0,
  };
}

export function readJob(ctx: DomainContext, team: string, name: string) {
  return toRestJob(requireJobInTeam(ctx, team, name));
}

export function updateJob(ctx: DomainContext, team: string, name: string, body: DataJobBody): void {
  const job = requireJobInTeam(ctx, team, name);
  if (body.job_name !== name) {
    throw constraintError('dataJob.jobName', 'the same as the name in the PUT request URL', body.job_name);
  }
  if (body.team !== undefined && body.team !== null && body.team !== job.team) {
    throw constraintError(
      'dataJob.team',
      ` '${job.team}' as the team of an existing job cannot be changed through this API`,
      body.team,
      "set the team to the correct value, or if you want to change the job's team, use the UpdateJobTeam API.",
    );
  }
  const columns = jobColumnsFromBody(body);
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `UPDATE jobs SET description = @description, db_default_type = @db_default_type,
           schedule_cron = @schedule_cron, generate_keytab = @generate_keytab,
           enable_execution_notifications = @enable_execution_notifications,
           notification_delay_period_minutes = @notification_delay_period_minutes,
           notified_on_job_failure_user_error = @notified_on_job_failure_user_error,
           notified_on_job_failure_platform_error = @notified_on_job_failure_platform_error,
           notified_on_job_success = @notified_on_job_success, notified_on_job_deploy = @notified_on_job_deploy
         WHERE name = @name`,
      )
      .run({ ...sqlValues(columns), name });
    if (columns.generate_keytab) {
      ctx.db.prepare('INSERT OR IGNORE INTO keytabs (job_name, content) VALUES (?, ?)').run(name, keytabFor(name));
    }
  })();
}

/** Deletes the job; deployment, executions, keytab and sources cascade. Properties stay, as in the real service. */
export function deleteJob(ctx: DomainContext, team: string, name: string): void {
  requireJobInTeam(ctx, team, name);
  ctx.db.prepare('DELETE FROM jobs WHERE name = ?').run(name);
}

export function moveJob(ctx: DomainContext, team: string, name: string, newTeam: string): void {
  if (newTeam.trim() === '') throw errors.notFound();
  requireJobInTeam(ctx, team, name);
  ctx.db.prepare('UPDATE jobs SET team = ? WHERE name = ?').run(newTeam, name);
}

export function readKeytab(ctx: DomainContext, team: string, name: string): Buffer {
  requireJobInTeam(ctx, team, name);
  const content = ctx.db.prepare('SELECT content FROM keytabs WHERE job_name = ?').pluck().get(name) as
    Buffer | undefined;
  if (!content) throw errors.notFound();
  return content;
}
