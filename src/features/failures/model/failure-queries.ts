import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { executionKeys } from '@/api/executions/keys';
import type { ExecutionHistoryParams } from '@/api/graphql/execution-history-query';
import { triageSession } from '../worker/triage-session';
import { windowStart, type FailureWindow } from './failures-search';

/** Failures read per window, newest first; the page says when there were more. */
const FAILURE_LIMIT = 10_000;

type WindowParams = Omit<ExecutionHistoryParams, 'statuses' | 'limit'>;

/** What every question of the page shares: the window's start (whole minutes) and the team, on a team's page. */
export function windowParams(team: string | undefined, window: FailureWindow, openedAt: number): WindowParams {
  return { startedAfter: windowStart(window, openedAt), ...(team ? { team } : {}) };
}

/**
 * Runs of the window, read, kept and triaged by the triage session (a worker): the answer is their summary, which
 * names them for the triage. Under the history key, so what invalidates executions' history invalidates it.
 */
const runsQuery = (client: ApiClient, params: ExecutionHistoryParams, pathTeam: string, digest: boolean) =>
  // The client is the app's one client, `pathTeam` only names the URL, and `digest` follows from the statuses.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: executionKeys.history(params),
    queryFn: ({ signal }) => triageSession().read(client, { params, pathTeam, digest }, signal),
  });

export const failureQueries = {
  /** The window's failed and skipped runs, with their digest: the page's first question, which its loader asks too. */
  failed: (client: ApiClient, base: WindowParams, pathTeam: string) =>
    runsQuery(
      client,
      { ...base, statuses: ['USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'], limit: FAILURE_LIMIT },
      pathTeam,
      true,
    ),
  /** The successes of the jobs that failed: what a new version broke shows against them. */
  successes: (client: ApiClient, base: WindowParams, jobs: string[], pathTeam: string) =>
    runsQuery(client, { ...base, statuses: ['SUCCEEDED'], jobs, limit: FAILURE_LIMIT }, pathTeam, false),
};
