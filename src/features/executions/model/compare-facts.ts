import type { DataJobExecution } from '@/api/types';
import { formatDuration, secondsBetween } from '@/lib/time';
import { formatCpu, formatMemory } from './support-report';

/**
 * One line of the side-by-side table; `kind` says how the page shows the values. An `arguments` value is undefined
 * when the run's arguments are not known (the service never returns them), and then whether they differ is not known.
 */
export interface FactRow {
  label: string;
  kind: 'text' | 'time' | 'status' | 'arguments';
  a?: string;
  b?: string;
  differs: boolean;
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);

const argumentsText = (args: Record<string, unknown> | undefined) => (args ? JSON.stringify(args) : undefined);

function durationOf(execution: DataJobExecution): number | undefined {
  return execution.end_time ? secondsBetween(execution.start_time, execution.end_time) : undefined;
}

/** "B took 2m 3s longer" (or shorter, or as long); undefined while either has not ended. */
export function durationDifference(a: DataJobExecution, b: DataJobExecution): string | undefined {
  const [left, right] = [durationOf(a), durationOf(b)];
  if (left === undefined || right === undefined) return undefined;
  const delta = Math.round(right - left);
  if (delta === 0) return 'B took as long as A';
  return `B took ${formatDuration(Math.abs(delta))} ${delta > 0 ? 'longer' : 'less'} than A`;
}

/** What two runs of a job had and did, field by field, with the differences marked. */
export function compareFacts(
  a: DataJobExecution,
  b: DataJobExecution,
  args: { a?: Record<string, unknown>; b?: Record<string, unknown> },
): FactRow[] {
  const row = (label: string, kind: FactRow['kind'], pick: (execution: DataJobExecution) => unknown): FactRow => {
    const [left, right] = [text(pick(a)), text(pick(b))];
    return { label, kind, a: left, b: right, differs: left !== right };
  };
  const duration = (execution: DataJobExecution) => formatDuration(durationOf(execution));
  const argsA = argumentsText(args.a);
  const argsB = argumentsText(args.b);
  return [
    row('Status', 'status', (execution) => execution.status),
    row('Message', 'text', (execution) => execution.message),
    row('Type', 'text', (execution) => execution.type),
    row('Started by', 'text', (execution) => execution.started_by),
    row('Start', 'time', (execution) => execution.start_time),
    row('End', 'time', (execution) => execution.end_time),
    { ...row('Duration', 'text', duration), differs: durationOf(a) !== durationOf(b) },
    row('Job version', 'text', (execution) => execution.deployment?.job_version),
    row('VDK version', 'text', (execution) => execution.deployment?.vdk_version),
    row('Python version', 'text', (execution) => execution.deployment?.python_version),
    row('CPU request / limit', 'text', ({ deployment }) =>
      deployment?.resources
        ? `${formatCpu(deployment.resources.cpu_request)} / ${formatCpu(deployment.resources.cpu_limit)}`
        : undefined,
    ),
    row('Memory request / limit', 'text', ({ deployment }) =>
      deployment?.resources
        ? `${formatMemory(deployment.resources.memory_request)} / ${formatMemory(deployment.resources.memory_limit)}`
        : undefined,
    ),
    row('Deployed by', 'text', (execution) => execution.deployment?.deployed_by),
    row('Deployed', 'time', (execution) => execution.deployment?.deployed_date),
    {
      label: 'Arguments',
      kind: 'arguments',
      a: argsA,
      b: argsB,
      differs: argsA !== undefined && argsB !== undefined && argsA !== argsB,
    },
  ];
}
