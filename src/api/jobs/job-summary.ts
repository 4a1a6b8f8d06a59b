import { isActive } from '@/lib/execution-status';
import type { JobSummary, JobSummaryExecution } from '../types';

/**
 * The job's execution that is submitted or running now, if any: the newest of the summary's recent executions.
 * The deployment's `lastExecutionStatus` counts finished runs only (docs/api-reference.md §4.1), so the job header,
 * the list's "Last run" and "Execute now" all ask here first, to agree with the "Running" chip.
 */
export function activeExecutionOf(summary: JobSummary): JobSummaryExecution | undefined {
  const newest = summary.deployments?.find((deployment) => deployment != null)?.executions?.find((run) => run != null);
  return newest && isActive(newest.status) ? newest : undefined;
}
