import type { ExecutionHistoryParams } from '../graphql/execution-history-query';
import type { ExecutionsChartParams, ExecutionsListParams, RunsListParams } from '../graphql/executions-query';
import type { ExecutionRef, JobRef } from '../types';

/**
 *   ['executions', team, job, 'list', params]   GraphQL page of a job's executions
 *   ['executions', team, job, 'chart', params]  every run of a job in a range, for its history chart
 *   ['executions', team, job, 'detail', id]     REST DataJobExecution
 *   ['executions', team, job, 'logs', id]       REST logs (a sibling of detail: polling one does not refetch the other)
 *   ['executions', team, job, 'log-lines', id]  the same log streamed into indexed lines (the execution page)
 *   ['execution-history', params]               GraphQL executions of many jobs over a window (failures triage)
 *   ['runs', team | '*', params]                GraphQL page of executions across jobs (runs page, timeline)
 */
export const executionKeys = {
  job: (ref: JobRef) => ['executions', ref.team, ref.job] as const,
  lists: (ref: JobRef) => [...executionKeys.job(ref), 'list'] as const,
  list: (params: ExecutionsListParams) => [...executionKeys.lists(params), params] as const,
  chart: (params: ExecutionsChartParams) => [...executionKeys.job(params), 'chart', params] as const,
  detail: (ref: ExecutionRef) => [...executionKeys.job(ref), 'detail', ref.executionId] as const,
  logs: (ref: ExecutionRef) => [...executionKeys.job(ref), 'logs', ref.executionId] as const,
  logLines: (ref: ExecutionRef) => [...executionKeys.job(ref), 'log-lines', ref.executionId] as const,
  history: (params: ExecutionHistoryParams) => ['execution-history', params] as const,
  /** Every list across jobs, of any team: a run started or cancelled anywhere may change each of them. */
  allRuns: ['runs'] as const,
  runs: (params: RunsListParams) => ['runs', params.team ?? '*', params] as const,
};
