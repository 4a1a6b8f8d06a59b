/**
 * Execution statuses, normalised: REST speaks lowercase (`user_error`), GraphQL uppercase
 * (`USER_ERROR`), and the jobs query's `deployments.lastExecutionStatus` either, depending on the
 * field (docs/api-reference.md §3.4, §4.1). Everything in the app goes through `normalizeExecutionStatus`.
 */

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

/** What a status means for the user; the UI maps it to a colour *and* an icon. */
export type ExecutionStatusTone = 'pending' | 'active' | 'success' | 'failure' | 'platform-failure' | 'neutral';

interface StatusInfo {
  label: string;
  tone: ExecutionStatusTone;
  description: string;
}

const INFO: Record<ExecutionStatus, StatusInfo> = {
  submitted: { label: 'Submitted', tone: 'pending', description: 'Accepted; waiting for its pod to start.' },
  running: { label: 'Running', tone: 'active', description: 'The job is running now.' },
  succeeded: { label: 'Succeeded', tone: 'success', description: 'Completed without errors.' },
  cancelled: { label: 'Cancelled', tone: 'neutral', description: 'Cancelled before it finished.' },
  skipped: {
    label: 'Skipped',
    tone: 'neutral',
    description: 'Not run because another execution of the job was still running.',
  },
  user_error: {
    label: 'User error',
    tone: 'failure',
    description: 'Failed because of the job’s code or configuration (also out of memory or time limit).',
  },
  platform_error: {
    label: 'Platform error',
    tone: 'platform-failure',
    description: 'Failed because of the platform (infrastructure), not the job’s code.',
  },
};

const BY_SPELLING = new Map<string, ExecutionStatus>(EXECUTION_STATUSES.map((status) => [status, status]));

/** `'USER_ERROR'`, `'user_error'` → `'user_error'`; anything unknown (or null) → undefined. */
export function normalizeExecutionStatus(value: string | null | undefined): ExecutionStatus | undefined {
  if (value == null) return undefined;
  return BY_SPELLING.get(value.trim().toLowerCase());
}

/** The GraphQL spelling, for `statusIn` filters. */
export function toGraphQLStatus(status: ExecutionStatus): Uppercase<ExecutionStatus> {
  return status.toUpperCase() as Uppercase<ExecutionStatus>;
}

/** Submitted or running: the states that still change, and that make pages poll. */
export function isActive(status: string | null | undefined): boolean {
  const normalized = normalizeExecutionStatus(status);
  return normalized === 'submitted' || normalized === 'running';
}

/** A final state that will not change any more. Unknown values are neither active nor terminal. */
export function isTerminal(status: string | null | undefined): boolean {
  const normalized = normalizeExecutionStatus(status);
  return normalized !== undefined && !isActive(normalized);
}

export function isFailure(status: string | null | undefined): boolean {
  const normalized = normalizeExecutionStatus(status);
  return normalized === 'user_error' || normalized === 'platform_error';
}

export function executionStatusLabel(status: string | null | undefined): string {
  const normalized = normalizeExecutionStatus(status);
  if (normalized) return INFO[normalized].label;
  return status ? `Unknown (${status})` : 'No status';
}

export function executionStatusTone(status: string | null | undefined): ExecutionStatusTone | undefined {
  const normalized = normalizeExecutionStatus(status);
  return normalized && INFO[normalized].tone;
}

export function executionStatusDescription(status: string | null | undefined): string | undefined {
  const normalized = normalizeExecutionStatus(status);
  return normalized && INFO[normalized].description;
}
