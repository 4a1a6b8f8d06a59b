import { mapBounded } from '@/lib/map-bounded';
import { nextTask } from '@/lib/next-task';
import type { ApiClient } from '../client';
import { ExecutionHistoryDocument } from '../graphql/documents';
import {
  buildExecutionHistoryVariables,
  HISTORY_PARALLEL_REQUESTS,
  jobBatches,
  laterPages,
  type ExecutionHistory,
  type ExecutionHistoryParams,
} from '../graphql/execution-history-query';
import { runQuery } from '../graphql/run-query';

/**
 * Executions of many jobs newest first, up to `limit` rows: one root field per request (§3.2), so a window of many
 * jobs costs several requests. Page 1 gives the total; the pages still wanted then go out a few at a time, not one
 * after another. `pathTeam` only names the URL. Without TanStack Query: the failures page's worker reads it too.
 */
export async function readExecutionHistory(
  client: ApiClient,
  params: ExecutionHistoryParams,
  pathTeam: string,
  signal: AbortSignal,
): Promise<ExecutionHistory> {
  const history: ExecutionHistory = { runs: [], totalItems: 0 };
  const seen = new Set<string>();
  for (const jobs of jobBatches(params.jobs)) {
    const wanted = params.limit - history.runs.length;
    if (wanted <= 0) break;
    const page = (number: number) =>
      runQuery(client, ExecutionHistoryDocument, buildExecutionHistoryVariables(params, number, jobs), {
        team: pathTeam,
        signal,
      });
    const first = await page(1);
    history.totalItems += first.totalItems ?? 0;
    const rest = await mapBounded(laterPages(first.totalPages, wanted), HISTORY_PARALLEL_REQUESTS, page);
    for (const [index, { content }] of [first, ...rest].entries()) {
      // A page's runs are added in a task of their own: ten pages at once held the page for tens of ms.
      if (index > 0) await nextTask();
      for (const run of content ?? []) {
        if (history.runs.length >= params.limit) break;
        // A run that started while the pages were read shifts the rest by one: it is read twice, counted once.
        if (!run || (run.id && seen.has(run.id))) continue;
        if (run.id) seen.add(run.id);
        history.runs.push(run);
      }
    }
  }
  return history;
}
