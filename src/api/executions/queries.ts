import { queryOptions, experimental_streamedQuery as streamedQuery } from '@tanstack/react-query';
import { appendLogBatch, EMPTY_LOG, type IndexedLog, type LogBatch } from '@/lib/log-index';
import { unwrap, type ApiClient } from '../client';
import {
  buildExecutionsVariables,
  buildRunsVariables,
  type ExecutionsChartParams,
  type ExecutionsListParams,
  type RunsListParams,
} from '../graphql/executions-query';
import { runQuery } from '../graphql/run-query';
import { ExecutionHistoryDocument, ExecutionsListDocument } from '../graphql/documents';
import type { DataJobExecution, ExecutionChartRun, ExecutionRef } from '../types';
import { executionKeys } from './keys';
import { streamLogLines } from './log-stream';

/** Runs per chart request: a page's JSON parses in a few milliseconds, well inside a frame. */
export const CHART_PAGE_SIZE = 1000;
/** Chart requests in flight at once: the pages arrive side by side without flooding the service. */
const CHART_CONCURRENCY = 3;

export interface ExecutionChartRuns {
  /** Newest first, at most the limit asked for. */
  runs: ExecutionChartRun[];
  /** How many runs the range holds: more than `runs.length` when the limit cut it. */
  totalItems: number;
}

const executionPath = (ref: ExecutionRef) => ({
  path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId },
});

export const executionQueries = {
  list: (client: ApiClient, params: ExecutionsListParams) =>
    queryOptions({
      queryKey: executionKeys.list(params),
      queryFn: ({ signal }) =>
        runQuery(client, ExecutionsListDocument, buildExecutionsVariables(params), { team: params.team, signal }),
    }),

  /**
   * Every run of a job in a range, newest first, up to `params.limit`: pages of `CHART_PAGE_SIZE` fetched a few at a
   * time, each parsed as it arrives (never one response of 10,000 runs that blocks the page). Not shared structurally: comparing
   * 10,000 runs with the last answer's costs more than drawing them again.
   */
  chart: (client: ApiClient, params: ExecutionsChartParams) =>
    queryOptions({
      queryKey: executionKeys.chart(params),
      queryFn: async ({ signal }): Promise<ExecutionChartRuns> => {
        const { limit, ...filters } = params;
        const fetchPage = async (page: number) => {
          const variables = buildExecutionsVariables({ ...filters, page, pageSize: CHART_PAGE_SIZE });
          const result = await runQuery(client, ExecutionHistoryDocument, variables, { team: params.team, signal });
          return { ...result, content: (result.content ?? []).filter((run) => run != null) };
        };
        // The first page says how many follow (most ranges fit in it); the others are fetched side by side.
        const first = await fetchPage(1);
        const pages = [first.content];
        const lastPage = Math.min(Math.ceil(limit / CHART_PAGE_SIZE), first.totalPages ?? 1);
        let next = 2;
        const fetchRest = async () => {
          for (let page = next++; page <= lastPage; page = next++) pages[page - 1] = (await fetchPage(page)).content;
        };
        await Promise.all(Array.from({ length: CHART_CONCURRENCY }, fetchRest));
        const runs = pages.flat().slice(0, limit);
        return { runs, totalItems: first.totalItems ?? runs.length };
      },
      structuralSharing: false,
    }),

  /** `pathTeam` only names the URL (the service reads every team's executions through any team's path). */
  runs: (client: ApiClient, params: RunsListParams, pathTeam: string) =>
    queryOptions({
      queryKey: executionKeys.runs(params),
      queryFn: ({ signal }) =>
        runQuery(client, ExecutionsListDocument, buildRunsVariables(params), { team: pathTeam, signal }),
    }),

  detail: (client: ApiClient, ref: ExecutionRef) =>
    queryOptions({
      queryKey: executionKeys.detail(ref),
      queryFn: ({ signal }): Promise<DataJobExecution> =>
        unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
            params: executionPath(ref),
            signal,
          }),
        ),
    }),

  /**
   * The log as indexed lines, growing as it downloads (the first screen shows before a 100,000-line log has
   * arrived). A refetch keeps the log on screen until the new one is complete. Not shared structurally: comparing
   * 100,000 lines with the last batch's on every batch is what streaming avoids.
   */
  logLines: (client: ApiClient, ref: ExecutionRef) =>
    queryOptions({
      queryKey: executionKeys.logLines(ref),
      queryFn: streamedQuery<LogBatch, IndexedLog, ReturnType<typeof executionKeys.logLines>>({
        streamFn: ({ signal }) => streamLogLines(client, ref, signal),
        refetchMode: 'replace',
        reducer: appendLogBatch,
        initialValue: EMPTY_LOG,
      }),
      structuralSharing: false,
    }),

  /** The whole log as one string; the service returns "" once the execution's pod is gone. */
  logs: (client: ApiClient, ref: ExecutionRef) =>
    queryOptions({
      queryKey: executionKeys.logs(ref),
      queryFn: async ({ signal }): Promise<string> => {
        const body = await unwrap(
          client.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}/logs', {
            params: executionPath(ref),
            signal,
          }),
        );
        return body?.logs ?? '';
      },
    }),
};
