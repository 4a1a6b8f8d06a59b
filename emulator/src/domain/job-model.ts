// Types only, generated from the vendored spec: the emulator must not hand-write what api.yaml defines.
import type { components } from '../../../spec/generated/vdk-api.d.ts';

export type DataJobBody = components['schemas']['DataJob'];
export type DataJobDeploymentBody = components['schemas']['DataJobDeployment'];
export type DataJobExecutionRequestBody = components['schemas']['DataJobExecutionRequest'];

/** A `jobs` row as stored. */
export interface JobRow {
  name: string;
  team: string;
  description: string | null;
  db_default_type: string | null;
  schedule_cron: string | null;
  generate_keytab: number;
  enable_execution_notifications: number | null;
  notification_delay_period_minutes: number | null;
  notified_on_job_failure_user_error: string | null;
  notified_on_job_failure_platform_error: string | null;
  notified_on_job_success: string | null;
  notified_on_job_deploy: string | null;
  created_at: number;
  last_execution_status: string | null;
  last_execution_end_time: number | null;
  last_execution_duration: number | null;
  latest_execution_id: string | null;
  profile: string | null;
  /** Link to the job's source (set through `/__emulator`; the real service derives it from its Git URL). */
  source_url: string | null;
}

/** Contacts are stored `;`-joined like the real service and always come back as arrays. */
export function parseList(joined: string | null): string[] {
  if (!joined) return [];
  return joined
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinList(items: readonly string[] | undefined | null): string | null {
  return items && items.length > 0 ? items.join(';') : null;
}

export function contactsOf(row: JobRow) {
  return {
    notified_on_job_failure_user_error: parseList(row.notified_on_job_failure_user_error),
    notified_on_job_failure_platform_error: parseList(row.notified_on_job_failure_platform_error),
    notified_on_job_success: parseList(row.notified_on_job_success),
    notified_on_job_deploy: parseList(row.notified_on_job_deploy),
  };
}

/** REST `DataJob` as `GET /jobs/{job}` returns it (nulls serialized like Jackson does). */
export function toRestJob(row: JobRow) {
  return {
    job_name: row.name,
    description: row.description,
    team: row.team,
    config: {
      db_default_type: row.db_default_type,
      contacts: contactsOf(row),
      schedule: { schedule_cron: row.schedule_cron },
      generate_keytab: row.generate_keytab === 1,
      enable_execution_notifications: row.enable_execution_notifications !== 0,
      notification_delay_period_minutes: row.notification_delay_period_minutes ?? 240,
    },
  };
}

/** Maps a request body to the stored columns; absent fields become null (full replace). */
export function jobColumnsFromBody(body: DataJobBody) {
  const config = body.config as DataJobBody['config'] | undefined;
  const contacts = config?.contacts;
  return {
    description: body.description ?? null,
    db_default_type: config?.db_default_type ?? null,
    schedule_cron: config?.schedule?.schedule_cron ?? null,
    // The generated model defaults generate_keytab to true when config is present; absent config stores false.
    generate_keytab: config ? (config.generate_keytab ?? true) : false,
    enable_execution_notifications: config ? (config.enable_execution_notifications ?? true) : null,
    notification_delay_period_minutes: config ? (config.notification_delay_period_minutes ?? 240) : null,
    notified_on_job_failure_user_error: joinList(contacts?.notified_on_job_failure_user_error),
    notified_on_job_failure_platform_error: joinList(contacts?.notified_on_job_failure_platform_error),
    notified_on_job_success: joinList(contacts?.notified_on_job_success),
    notified_on_job_deploy: joinList(contacts?.notified_on_job_deploy),
  };
}
