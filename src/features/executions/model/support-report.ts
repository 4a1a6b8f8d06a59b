import type { DataJobExecution, ExecutionRef } from '@/api/types';
import { executionStatusLabel } from '@/lib/execution-status';
import { formatDuration, secondsBetween } from '@/lib/time';
import { countOf } from '@/lib/words';

export interface SupportReportInput {
  ref: ExecutionRef;
  execution: DataJobExecution;
  /** Arguments this browser sent when it started the run; the service does not report them. */
  args?: Record<string, unknown>;
  /** Absolute link to the execution page. */
  pageUrl?: string;
  now?: Date;
}

const or = (value: unknown, fallback = '—') =>
  value === undefined || value === null || value === '' ? fallback : String(value);

/** Execution resources are read from the pod: CPU in cores, memory in MB (docs/api-reference.md §4.2). */
export function formatCpu(cores: number | null | undefined): string {
  return cores == null ? '—' : countOf(cores, 'core');
}
export function formatMemory(megabytes: number | null | undefined): string {
  return megabytes == null ? '—' : `${megabytes} MB`;
}

/**
 * A plain-text report to paste into a ticket or chat: every id support needs to find the run in
 * the service's logs (op id), what ran (version, VDK, Python, resources) and what happened.
 * Times are UTC ISO-8601, whatever zone the page shows, so nobody has to convert.
 */
export function buildSupportReport({ ref, execution, args, pageUrl, now = new Date() }: SupportReportInput): string {
  const deployment = execution.deployment;
  const resources = deployment?.resources;
  const duration = formatDuration(secondsBetween(execution.start_time, execution.end_time ?? undefined, now));
  const lines = [
    `VDK data job execution`,
    `Team:            ${ref.team}`,
    `Job:             ${ref.job}`,
    `Execution id:    ${or(execution.id, ref.executionId)}`,
    `Status:          ${executionStatusLabel(execution.status)}${execution.end_time ? '' : ' (not finished)'}`,
    `Message:         ${or(execution.message)}`,
    `Type:            ${or(execution.type)}`,
    `Started by:      ${or(execution.started_by)}`,
    `Start (UTC):     ${or(execution.start_time)}`,
    `End (UTC):       ${or(execution.end_time, 'not finished')}`,
    `Duration:        ${or(duration)}${execution.end_time ? '' : ' so far'}`,
    `Op id:           ${or(execution.op_id)}`,
    `Arguments:       ${args ? JSON.stringify(args) : 'not known (the service does not report them)'}`,
    `Job version:     ${or(deployment?.job_version)}`,
    `VDK version:     ${or(deployment?.vdk_version)}`,
    `Python version:  ${or(deployment?.python_version)}`,
    `Deployed by:     ${or(deployment?.deployed_by)} at ${or(deployment?.deployed_date)}`,
    `CPU:             request ${formatCpu(resources?.cpu_request)}, limit ${formatCpu(resources?.cpu_limit)}`,
    `Memory:          request ${formatMemory(resources?.memory_request)}, limit ${formatMemory(resources?.memory_limit)}`,
    `Logs URL:        ${or(execution.logs_url, 'none configured')}`,
  ];
  if (pageUrl) lines.push(`Dashboard:       ${pageUrl}`);
  lines.push(`Reported at:     ${now.toISOString()}`);
  return lines.join('\n');
}
