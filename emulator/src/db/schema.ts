/**
 * The emulator's storage. Times are epoch milliseconds (INTEGER) on the emulated clock.
 * `jobs.last_execution_*` are denormalised like the real `data_job` row, so the jobs list can
 * sort by last execution time without touching the executions table.
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS jobs (
  name TEXT PRIMARY KEY,
  team TEXT NOT NULL,
  description TEXT,
  db_default_type TEXT,
  schedule_cron TEXT,
  generate_keytab INTEGER NOT NULL DEFAULT 0,
  enable_execution_notifications INTEGER,
  notification_delay_period_minutes INTEGER,
  notified_on_job_failure_user_error TEXT,
  notified_on_job_failure_platform_error TEXT,
  notified_on_job_success TEXT,
  notified_on_job_deploy TEXT,
  created_at INTEGER NOT NULL,
  last_execution_status TEXT,
  last_execution_end_time INTEGER,
  last_execution_duration INTEGER,
  latest_execution_id TEXT,
  profile TEXT,
  source_url TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS jobs_team ON jobs (team);
CREATE INDEX IF NOT EXISTS jobs_team_lower ON jobs (lower(team));
CREATE INDEX IF NOT EXISTS jobs_last_end ON jobs (last_execution_end_time);

CREATE TABLE IF NOT EXISTS keytabs (
  job_name TEXT PRIMARY KEY REFERENCES jobs (name) ON DELETE CASCADE,
  content BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS deployments (
  job_name TEXT PRIMARY KEY REFERENCES jobs (name) ON DELETE CASCADE,
  job_version TEXT,
  vdk_version TEXT,
  python_version TEXT,
  enabled INTEGER NOT NULL,
  schedule_cron TEXT,
  last_deployed_date TEXT,
  last_deployed_by TEXT,
  cpu_request REAL,
  cpu_limit REAL,
  memory_request INTEGER,
  memory_limit INTEGER,
  next_fire_at INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS deployments_next_fire ON deployments (next_fire_at) WHERE enabled = 1;

CREATE TABLE IF NOT EXISTS executions (
  id TEXT PRIMARY KEY,
  job_name TEXT NOT NULL REFERENCES jobs (name) ON DELETE CASCADE,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  start_time INTEGER NOT NULL,
  end_time INTEGER,
  started_by TEXT,
  message TEXT,
  op_id TEXT,
  job_version TEXT,
  vdk_version TEXT,
  python_version TEXT,
  deployed_by TEXT,
  deployed_date TEXT,
  schedule_cron TEXT,
  cpu_request REAL,
  cpu_limit REAL,
  memory_request INTEGER,
  memory_limit INTEGER,
  args TEXT,
  run_at INTEGER,
  finish_at INTEGER,
  outcome TEXT,
  seed INTEGER NOT NULL DEFAULT 0,
  logs_url TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS executions_job_start ON executions (job_name, start_time);
CREATE INDEX IF NOT EXISTS executions_active ON executions (status) WHERE status IN ('submitted', 'running');
CREATE INDEX IF NOT EXISTS executions_start ON executions (start_time);
-- A team's runs by status in a window (the home's counts, the failures page): answered from the index alone.
CREATE INDEX IF NOT EXISTS executions_job_status_start ON executions (job_name, status, start_time);

CREATE TABLE IF NOT EXISTS properties (
  job_name TEXT PRIMARY KEY,
  content TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS secrets (
  team TEXT NOT NULL,
  job_name TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (team, job_name)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS sources (
  job_name TEXT PRIMARY KEY REFERENCES jobs (name) ON DELETE CASCADE,
  version_sha TEXT NOT NULL,
  content BLOB NOT NULL,
  uploaded_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`;

/**
 * Nullable columns added after version 1 was released (links an admin sets, `/__emulator`): a data directory from
 * before gets them in place and keeps its data.
 */
export const ADDED_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'jobs', column: 'source_url' },
  { table: 'executions', column: 'logs_url' },
];
