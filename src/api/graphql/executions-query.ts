import type { ExecutionsListQueryVariables } from './documents';
import type { DataJobExecutionStatus, DataJobExecutionType } from './typed-query';

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
  'jobName',
] as const;
export type ExecutionOrderProperty = (typeof EXECUTION_ORDER_PROPERTIES)[number];

export interface ExecutionOrder {
  property: ExecutionOrderProperty;
  direction: 'ASC' | 'DESC';
}

interface ExecutionsFilterParams {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** GraphQL spelling (uppercase). Empty means every status. */
  statuses?: DataJobExecutionStatus[];
  /** Inclusive bounds on the start time, ISO-8601 with offset. */
  startedAfter?: string;
  startedBefore?: string;
  order?: ExecutionOrder;
}

/** A job's executions (its history). */
export interface ExecutionsListParams extends ExecutionsFilterParams {
  team: string;
  job: string;
}

/** Every run of a job in a range (its history chart), newest first, up to `limit`. */
export interface ExecutionsChartParams extends Omit<ExecutionsListParams, 'page' | 'pageSize' | 'order'> {
  limit: number;
}

/** Executions across jobs: a team's (or every team's) runs page and timeline. */
export interface RunsListParams extends ExecutionsFilterParams {
  /** Undefined spans every team. */
  team?: string;
  /** Exact names; undefined or empty means every job. */
  jobs?: string[];
}

/** Top-level `executions` spans every team unless told otherwise, so a team is always pinned when there is one. */
export function buildRunsVariables(params: RunsListParams): ExecutionsListQueryVariables {
  return {
    pageNumber: Math.max(1, Math.trunc(params.page)),
    pageSize: Math.max(1, Math.trunc(params.pageSize)),
    filter: {
      ...(params.jobs?.length ? { jobNameIn: params.jobs } : {}),
      ...(params.team !== undefined ? { teamNameIn: [params.team] } : {}),
      ...(params.statuses?.length ? { statusIn: params.statuses } : {}),
      ...(params.startedAfter ? { startTimeGte: params.startedAfter } : {}),
      ...(params.startedBefore ? { startTimeLte: params.startedBefore } : {}),
    },
    order: params.order ?? { property: 'startTime', direction: 'DESC' },
  };
}

/** A job's history: the job and its team are both pinned. */
export function buildExecutionsVariables({ job, ...params }: ExecutionsListParams): ExecutionsListQueryVariables {
  return buildRunsVariables({ ...params, jobs: [job] });
}

export type { DataJobExecutionStatus, DataJobExecutionType };
