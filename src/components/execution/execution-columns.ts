import type { ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { TableColumn, WidthTier } from '@/components/table/table-columns';

export type ExecutionColumnId =
  | 'status'
  | 'job'
  | 'execution'
  | 'type'
  | 'start'
  | 'end'
  | 'duration'
  | 'job_version'
  | 'vdk_version'
  | 'message'
  | 'op_id'
  | 'actions';

export type ExecutionColumn = TableColumn<ExecutionColumnId, ExecutionOrderProperty>;

/**
 * The columns of a job's history, or of the runs page (`listsJobs`): there the Job column and the select boxes take
 * room, so optional columns step out a width tier earlier. Versions and op id are one choice away in the chooser.
 */
export function executionColumns(listsJobs: boolean): ExecutionColumn[] {
  const from = (history: WidthTier, runs: WidthTier) => (listsJobs ? runs : history);
  return [
    { id: 'status', label: 'Status', sortBy: 'status', defaultVisible: true, required: true },
    ...(listsJobs
      ? [{ id: 'job', label: 'Job', sortBy: 'jobName', defaultVisible: true, required: true } as const]
      : []),
    { id: 'execution', label: 'Execution', sortBy: 'id', defaultVisible: true, required: true },
    { id: 'type', label: 'Type', sortBy: 'type', defaultVisible: true, fromWidth: from(0, 1600) },
    { id: 'start', label: 'Start', sortBy: 'startTime', defaultVisible: true },
    { id: 'end', label: 'End', sortBy: 'endTime', defaultVisible: true, fromWidth: from(1600, 1920) },
    { id: 'duration', label: 'Duration', defaultVisible: true, fromWidth: from(0, 1440) },
    { id: 'job_version', label: 'Job version', sortBy: 'jobVersion', defaultVisible: !listsJobs, fromWidth: 1920 },
    { id: 'vdk_version', label: 'VDK version', sortBy: 'vdkVersion', defaultVisible: !listsJobs, fromWidth: 1920 },
    { id: 'message', label: 'Message', sortBy: 'message', defaultVisible: true },
    { id: 'op_id', label: 'Op id', sortBy: 'opId', defaultVisible: !listsJobs, fromWidth: 1920 },
    { id: 'actions', label: 'Actions', defaultVisible: true, required: true },
  ];
}
