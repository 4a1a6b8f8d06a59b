import type { ExecutionHistoryParams } from '@/api/graphql/execution-history-query';
import { windowStart, type FailureWindow } from './failures-search';

/** Failures read per window, newest first; the page says when there were more. */
export const FAILURE_LIMIT = 10_000;

type WindowParams = Omit<ExecutionHistoryParams, 'statuses' | 'limit'>;

/** What every question of the page shares: the window's start (whole minutes) and the team, on a team's page. */
export function windowParams(team: string | undefined, window: FailureWindow, openedAt: number): WindowParams {
  return { startedAfter: windowStart(window, openedAt), ...(team ? { team } : {}) };
}

/** The window's failed and skipped runs: the page's first question, which its route's loader asks too. */
export const failedRunsParams = (base: WindowParams): ExecutionHistoryParams => ({
  ...base,
  statuses: ['USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'],
  limit: FAILURE_LIMIT,
});
