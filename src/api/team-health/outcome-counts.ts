import { experimental_streamedQuery as streamedQuery, queryOptions, type QueryClient } from '@tanstack/react-query';
import { streamBounded } from '@/lib/map-bounded';
import { nextTask } from '@/lib/next-task';
import type { ApiClient } from '../client';
import { fetchQueryFor } from '../fetch-query-for';
import type { GraphqlExecutionStatus } from '../types';
import { teamHealthKeys } from './keys';
import { COUNTS_AT_ONCE, teamHealthQueries, type Scope } from './queries';

/*
 * "Success over time" of the team home, apart from the home's first reads: only its lazily loaded card streams
 * counts, so the landing route carries none of this.
 */

export interface OutcomeCountsParams extends Scope {
  /** Each window's inclusive bounds and whether it is settled (nothing in it changes any more). */
  windows: { from: string; to: string; isSettled: boolean }[];
  /** Status groups counted per window, GraphQL spelling. */
  groups: GraphqlExecutionStatus[][];
}

/** The counts so far: `undefined` where a count has not answered yet. */
export interface OutcomeCountCells {
  /** The start (`from`) of each window, in the order of `counts`. */
  windows: string[];
  counts: (number | undefined)[][];
  /** Counts answered. */
  counted: number;
}

/**
 * Runs per window and status group, `counts[window][group]`: one small count request each (the service answers one
 * root field a request, so they cannot be batched), `COUNTS_AT_ONCE` at a time. The counts stream in: the data
 * grows as they arrive, counts already in the cache first, then the newest windows, so a chart fills from now
 * backwards instead of waiting for a hundred answers (a refresh keeps the last full set until it has the next).
 * Each count is cached on its own, so a settled window is not asked again when the set moves on. Leaving the home
 * cancels the counts still to come.
 */
export function outcomeCountsQuery(
  client: ApiClient,
  queryClient: QueryClient,
  params: OutcomeCountsParams,
  pathTeam: string,
) {
  const cells = params.windows.flatMap(({ from, to, isSettled }, window) =>
    params.groups.map((statuses, group) => ({
      window,
      group,
      options: {
        ...teamHealthQueries.executionCount(
          client,
          { team: params.team, statuses, startedFrom: from, startedTo: to },
          pathTeam,
        ),
        staleTime: isSettled ? Infinity : 0,
      },
    })),
  );
  const initialValue: OutcomeCountCells = {
    windows: params.windows.map(({ from }) => from),
    counts: params.windows.map(() => params.groups.map(() => undefined)),
    counted: 0,
  };
  return queryOptions({
    queryKey: teamHealthKeys.outcomeCounts(params),
    queryFn: streamedQuery({
      streamFn: async function* ({ signal }) {
        // A task after the query starts: it starts in the effects of the render that mounts the chart, and with the
        // cache's answer for each of a hundred counts and the first requests, that task took 50 ms or more at 4×.
        await nextTask();
        const cached: typeof cells = [];
        const asked: typeof cells = [];
        for (const cell of [...cells].sort((a, b) => b.window - a.window || a.group - b.group)) {
          const isCached =
            cell.options.staleTime === Infinity && queryClient.getQueryData(cell.options.queryKey) !== undefined;
          (isCached ? cached : asked).push(cell);
        }
        yield* streamBounded(
          [...cached, ...asked],
          COUNTS_AT_ONCE,
          async ({ window, group, options }) => ({
            window,
            group,
            count: await fetchQueryFor(queryClient, options, signal),
          }),
          signal,
        );
      },
      reducer: (data, { value: { window, group, count } }) => ({
        ...data,
        counts: data.counts.map((row, index) =>
          index === window ? row.map((cell, at) => (at === group ? count : cell)) : row,
        ),
        counted: data.counted + (data.counts[window]?.[group] === undefined ? 1 : 0),
      }),
      initialValue,
      refetchMode: 'replace',
    }),
  });
}
