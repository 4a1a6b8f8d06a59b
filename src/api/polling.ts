/**
 * How often to refresh something that is still moving (a submitted or running execution).
 *
 * Data-driven, like Airflow: nothing active → no polling at all. While active, the interval grows
 * with the age of the oldest active run (a run that started 10 s ago changes soon; one that has
 * run for an hour will not finish in the next two seconds), and doubles per consecutive failed
 * refresh so a struggling service is not hammered. TanStack Query already pauses intervals in
 * hidden tabs (refetchIntervalInBackground defaults to false).
 *
 * The base is the runtime config's `pollIntervalMs` (default 2 s): the wait for a run that just started. An operator
 * whose Control Service is loaded raises it and every curve stretches with it: long runs are refreshed at most every
 * 15 × base, failing refreshes back off up to 30 × base.
 */
const MAX_FACTOR = 15;

export interface PollState {
  /** Start time (ms since epoch) of the oldest active run, or undefined when nothing is active. */
  activeSince: number | undefined;
  /** The shortest wait: runtime config `pollIntervalMs`. */
  baseMs: number;
  /** Consecutive failed refreshes (TanStack's `query.state.fetchFailureCount`). */
  failures?: number;
  now?: number;
}

export function pollInterval({ activeSince, baseMs, failures = 0, now = Date.now() }: PollState): number | false {
  if (activeSince === undefined) return false;
  const age = Math.max(0, now - activeSince);
  const longest = baseMs * MAX_FACTOR;
  const byAge = Math.min(longest, Math.max(baseMs, age / 10));
  return Math.min(longest * 2, byAge * 2 ** Math.min(failures, 4));
}

/**
 * A list's refresh: as `pollInterval` while something on it moves, and otherwise still every 15 × base (30 s by
 * default), so a run started from the CLI or another window appears without a reload. Focus refreshes it too
 * (TanStack's refetchOnWindowFocus, once the data is older than the stale time).
 */
export function listPollInterval(state: PollState): number {
  const moving = pollInterval(state);
  return moving === false ? idleListRefreshMs(state.baseMs) : moving;
}

export const idleListRefreshMs = (baseMs: number) => baseMs * MAX_FACTOR;

/** The refresh indicator's words for a list's `listPollInterval`. */
export const listRefreshLabel = (hasActive: boolean, baseMs: number) =>
  hasActive ? 'while executions run' : `every ${Math.round(idleListRefreshMs(baseMs) / 1000)} s`;

/** Oldest start time among active runs; starts that cannot be parsed count as "just now". */
export function oldestActiveStart(runs: { active: boolean; startTime?: string | null }[], now = Date.now()) {
  let oldest: number | undefined;
  for (const run of runs) {
    if (!run.active) continue;
    const start = run.startTime ? Date.parse(run.startTime) : NaN;
    const at = Number.isNaN(start) ? now : start;
    oldest = oldest === undefined ? at : Math.min(oldest, at);
  }
  return oldest;
}
