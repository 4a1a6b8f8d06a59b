import type { ExecutionHistoryQuery, ExecutionHistoryQueryVariables } from './documents';
import type { DataJobExecutionStatus } from './typed-query';

/** Executions of many jobs over a window, newest first: what cross-job views (failures) read. */
export interface ExecutionHistoryParams {
  /** Undefined spans every team. */
  team?: string;
  /** GraphQL spelling (uppercase). */
  statuses: DataJobExecutionStatus[];
  /** Inclusive lower bound on the start time, ISO-8601 with offset. */
  startedAfter: string;
  /** Only these jobs; undefined means every job. */
  jobs?: string[];
  /** At most this many rows, newest first, are fetched. */
  limit: number;
}

export type ExecutionHistoryRun = NonNullable<
  NonNullable<NonNullable<ExecutionHistoryQuery['executions']>['content']>[number]
>;

export interface ExecutionHistory {
  runs: ExecutionHistoryRun[];
  /** How many matched: more than `runs.length` when the limit cut the list. */
  totalItems: number;
}

/** Rows per request: large pages keep the request count low; the service has no maximum (§4.6). */
export const HISTORY_PAGE_SIZE = 1000;
/** Pages of one listing asked for at once, once page 1 has said how many there are. */
export const HISTORY_PARALLEL_REQUESTS = 3;
/** Job names one request can filter by: they travel in the URL, which the service caps at about 8 KB (§3.1). */
export const JOB_NAMES_PER_REQUEST = 40;

export function buildExecutionHistoryVariables(
  params: ExecutionHistoryParams,
  page: number,
  jobs: string[] | undefined,
): ExecutionHistoryQueryVariables {
  return {
    pageNumber: page,
    pageSize: HISTORY_PAGE_SIZE,
    filter: {
      statusIn: params.statuses,
      startTimeGte: params.startedAfter,
      ...(params.team === undefined ? {} : { teamNameIn: [params.team] }),
      ...(jobs ? { jobNameIn: jobs } : {}),
    },
    order: { property: 'startTime', direction: 'DESC' },
  };
}

/** `jobs` split into request-sized groups; one undefined group when every job is wanted. */
export function jobBatches(jobs: string[] | undefined): (string[] | undefined)[] {
  if (jobs === undefined) return [undefined];
  const unique = [...new Set(jobs)].sort();
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += JOB_NAMES_PER_REQUEST) {
    batches.push(unique.slice(start, start + JOB_NAMES_PER_REQUEST));
  }
  return batches;
}

/** Pages after the first still needed for `wanted` rows, when the listing has `totalPages`. */
export function laterPages(totalPages: number | null | undefined, wanted: number): number[] {
  const last = Math.min(totalPages ?? 0, Math.ceil(wanted / HISTORY_PAGE_SIZE));
  return Array.from({ length: Math.max(0, last - 1) }, (_, index) => index + 2);
}
