import { nullableRestDate, restDateString } from './time-format.ts';

export const EXECUTION_STATUSES = [
  'submitted',
  'running',
  'succeeded',
  'cancelled',
  'skipped',
  'user_error',
  'platform_error',
] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const TERMINAL_STATUSES: readonly ExecutionStatus[] = [
  'succeeded',
  'cancelled',
  'skipped',
  'user_error',
  'platform_error',
];

/** DB codes of the real `ExecutionStatus`; GraphQL `order: {property: "status"}` sorts by them. */
export const STATUS_CODES: Record<ExecutionStatus, number> = {
  submitted: 0,
  running: 1,
  succeeded: 2,
  cancelled: 4,
  skipped: 5,
  user_error: 6,
  platform_error: 7,
};

/** The real service's default `message` per status (§4.1). */
export const DEFAULT_MESSAGES: Record<ExecutionStatus, string> = {
  submitted: 'Submitted',
  running: 'Running',
  succeeded: 'Success',
  cancelled: 'Job execution cancelled by user.',
  skipped: 'Skipping job execution due to another parallel running execution.',
  user_error: 'User error',
  platform_error: 'Platform error',
};

export function isExecutionStatus(value: string): value is ExecutionStatus {
  return (EXECUTION_STATUSES as readonly string[]).includes(value);
}

export interface ExecutionRow {
  id: string;
  job_name: string;
  type: 'manual' | 'scheduled';
  status: ExecutionStatus;
  start_time: number;
  end_time: number | null;
  started_by: string | null;
  message: string | null;
  op_id: string | null;
  job_version: string | null;
  vdk_version: string | null;
  python_version: string | null;
  deployed_by: string | null;
  deployed_date: string | null;
  schedule_cron: string | null;
  cpu_request: number | null;
  cpu_limit: number | null;
  memory_request: number | null;
  memory_limit: number | null;
  args: string | null;
  run_at: number | null;
  finish_at: number | null;
  outcome: string | null;
  seed: number;
  /** Set through `/__emulator`; the real service fills it from an operator's template, "" without one. */
  logs_url: string | null;
}

/** REST `DataJobExecution`: the recorded deployment has hard-coded id/mode "release" and enabled true. */
export function toRestExecution(row: ExecutionRow) {
  const deployedAt = row.deployed_date ? Date.parse(row.deployed_date) : NaN;
  return {
    id: row.id,
    job_name: row.job_name,
    status: row.status,
    type: row.type,
    start_time: restDateString(row.start_time),
    end_time: nullableRestDate(row.end_time),
    started_by: row.started_by,
    logs_url: row.logs_url ?? '',
    message: row.message,
    op_id: row.op_id,
    deployment: {
      vdk_version: row.vdk_version,
      job_version: row.job_version,
      python_version: row.python_version,
      mode: 'release',
      id: 'release',
      enabled: true,
      deployed_by: row.deployed_by,
      deployed_date: Number.isNaN(deployedAt) ? null : restDateString(deployedAt),
      schedule: { schedule_cron: row.schedule_cron },
      resources: {
        cpu_request: row.cpu_request,
        cpu_limit: row.cpu_limit,
        memory_request: row.memory_request,
        memory_limit: row.memory_limit,
      },
    },
  };
}
