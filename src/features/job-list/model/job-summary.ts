import { activeExecutionOf } from '@/api/jobs/job-summary';
import type { JobRef, JobSummary, JobSummaryDeployment, JobSummaryExecution } from '@/api/types';
import { executionStatusLabel, normalizeExecutionStatus } from '@/lib/execution-status';

export type JobDeploymentState = 'enabled' | 'disabled' | 'not_deployed';

/** The service has a single deployment per job (or none). */
export function deploymentOf(job: JobSummary): JobSummaryDeployment | undefined {
  return job.deployments?.find((deployment) => deployment != null) ?? undefined;
}

export function deploymentStateOf(job: JobSummary): JobDeploymentState {
  const deployment = deploymentOf(job);
  if (!deployment) return 'not_deployed';
  return deployment.enabled ? 'enabled' : 'disabled';
}

/** Row key and link target; the team is the job's own (the all-teams page lists several). */
export function jobRefOf(job: JobSummary, fallbackTeam: string): JobRef {
  return { team: job.config?.team ?? fallbackTeam, job: job.jobName ?? '' };
}

export function executionsOf(job: JobSummary): (JobSummaryExecution | null)[] {
  return deploymentOf(job)?.executions ?? [];
}

export interface CurrentStatus {
  status: string | null | undefined;
  message: string | null | undefined;
}

/**
 * What the "last status" column shows: an execution that is submitted or running now (the newest
 * one), otherwise the last finished one, with its message when the list has it.
 */
export function currentStatusOf(job: JobSummary): CurrentStatus {
  const active = activeExecutionOf(job);
  if (active) return { status: active.status, message: telling(active) };
  const executions = executionsOf(job).filter((run): run is JobSummaryExecution => run != null);
  const newest = executions[0];
  const last = deploymentOf(job)?.lastExecutionStatus;
  const normalized = normalizeExecutionStatus(last);
  const finished = executions.find((run) => normalizeExecutionStatus(run.status) === normalized);
  return { status: last ?? newest?.status, message: finished && telling(finished) };
}

/** The service's default messages ("Running", "Success") only repeat the status: not worth a hint. */
const STOCK_MESSAGES = new Set(['submitted', 'running', 'success', 'succeeded', 'user error', 'platform error']);

function telling(run: JobSummaryExecution): string | undefined {
  const message = run.message?.trim();
  if (!message) return undefined;
  const plain = message.toLowerCase();
  return STOCK_MESSAGES.has(plain) || plain === executionStatusLabel(run.status).toLowerCase() ? undefined : message;
}
