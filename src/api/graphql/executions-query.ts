import type {
  DataJobExecutionStatus,
  DataJobExecutionType,
  ExecutionsListQueryVariables,
} from '../generated/graphql/graphql';

/** Order properties the service accepts for executions (docs/api-reference.md §4.6). */
export const EXECUTION_ORDER_PROPERTIES = [
  'startTime',
  'endTime',
  'status',
  'type',
  'jobVersion',
  'vdkVersion',
  'startedBy',
  'message',
  'opId',
  'id',
] as const;
export type ExecutionOrderProperty = (typeof EXECUTION_ORDER_PROPERTIES)[number];

export interface ExecutionsListParams {
  team: string;
  job: string;
  page: number;
  pageSize: number;
  /** GraphQL spelling (uppercase). Empty means every status. */
  statuses?: DataJobExecutionStatus[];
  /** Inclusive bounds on the start time, ISO-8601 with offset. */
  startedAfter?: string;
  startedBefore?: string;
  order?: { property: ExecutionOrderProperty; direction: 'ASC' | 'DESC' };
}

/** Top-level `executions` spans every team unless told otherwise, so both the job and its team are pinned. */
export function buildExecutionsVariables(params: ExecutionsListParams): ExecutionsListQueryVariables {
  return {
    pageNumber: Math.max(1, Math.trunc(params.page)),
    pageSize: Math.max(1, Math.trunc(params.pageSize)),
    filter: {
      jobNameIn: [params.job],
      teamNameIn: [params.team],
      ...(params.statuses?.length ? { statusIn: params.statuses } : {}),
      ...(params.startedAfter ? { startTimeGte: params.startedAfter } : {}),
      ...(params.startedBefore ? { startTimeLte: params.startedBefore } : {}),
    },
    order: params.order ?? { property: 'startTime', direction: 'DESC' },
  };
}

export type { DataJobExecutionStatus, DataJobExecutionType };
