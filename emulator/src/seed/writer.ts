import type { Db } from '../db/database.ts';

/** What a seed wrote. */
export interface SeedSummary {
  jobs: number;
  executions: number;
}

/** Prepared statements the seeds share; callers wrap their use in one transaction. */
export function seedWriter(db: Db) {
  const job = db.prepare(
    `INSERT INTO jobs (name, team, description, db_default_type, schedule_cron, generate_keytab,
       enable_execution_notifications, notification_delay_period_minutes, notified_on_job_failure_user_error,
       notified_on_job_failure_platform_error, notified_on_job_success, notified_on_job_deploy, created_at, profile)
     VALUES (@name, @team, @description, @db_default_type, @schedule_cron, @generate_keytab, 1, 240, @user_error, @platform_error,
       @success, @deploy, @created_at, @profile)`,
  );
  const deployment = db.prepare(
    `INSERT INTO deployments (job_name, job_version, vdk_version, python_version, enabled, schedule_cron,
       last_deployed_date, last_deployed_by, cpu_request, cpu_limit, memory_request, memory_limit, next_fire_at)
     VALUES (@job_name, @job_version, 'release', @python_version, @enabled, @schedule_cron, @last_deployed_date,
       @last_deployed_by, 0.5, 2.0, 500, 1000, @next_fire_at)`,
  );
  const execution = db.prepare(
    `INSERT INTO executions (id, job_name, type, status, start_time, end_time, started_by, message, op_id, job_version,
       vdk_version, python_version, deployed_by, deployed_date, schedule_cron, cpu_request, cpu_limit, memory_request,
       memory_limit, args, run_at, finish_at, outcome)
     VALUES (@id, @job_name, @type, @status, @start_time, @end_time, @started_by, @message, @op_id, @job_version,
       'release', @python_version, @deployed_by, @deployed_date, @schedule_cron, 0.5, 2.0, 500, 1000, NULL, @run_at,
       @finish_at, @outcome)`,
  );
  const lastExecution = db.prepare(
    `UPDATE jobs SET last_execution_status = @status, last_execution_end_time = @end_time,
       last_execution_duration = @duration, latest_execution_id = @id WHERE name = @name`,
  );
  const properties = db.prepare('INSERT OR REPLACE INTO properties (job_name, content) VALUES (?, ?)');
  const source = db.prepare('INSERT INTO sources (job_name, version_sha, content, uploaded_at) VALUES (?, ?, ?, ?)');
  const keytab = db.prepare('INSERT INTO keytabs (job_name, content) VALUES (?, ?)');
  return { job, deployment, execution, lastExecution, properties, source, keytab };
}

export type SeedWriter = ReturnType<typeof seedWriter>;

export function isEmpty(db: Db): boolean {
  return db.prepare('SELECT 1 FROM jobs LIMIT 1').get() === undefined;
}
