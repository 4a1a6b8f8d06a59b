import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { fetchQueryFor } from '@/api/fetch-query-for';
import { serverNow } from '@/api/server-clock';
import { teamHealthKeys } from '@/api/team-health/keys';
import { SCHEDULE_RUNS_JOBS, teamHealthQueries } from '@/api/team-health/queries';
import type { CheckedSchedules } from '../worker/check-schedules';
import { combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';

const HOUR = 3_600_000;
/** The ticks checked: the last day, what "overnight" means on a working morning. */
const MISSES_WINDOW_MS = 24 * HOUR;
/**
 * Runs that started this long before the window are read too, as the timeline's lanes read them, so a run still going
 * at the first tick explains it as skipped, not missed, and the two pages count alike.
 */
const LOOKBACK_MS = 6 * HOUR;
/** More enabled jobs than this (every team of a large service) are not checked here: the timeline pages them. */
const MAX_CHECKED_JOBS = 2_000;
/** Missed ticks do not change by the second: checked every few minutes, and on Refresh. */
const MISSES_REFRESH_MS = 5 * 60_000;

export type ScheduleCheck = ({ kind: 'checked' } & CheckedSchedules) | { kind: 'too-many'; enabledJobs: number };

/**
 * Missed and late scheduled runs of the team's enabled jobs over the last 24 hours: their schedules in one request,
 * their runs in the window by slices of jobs, the check itself in a worker (`checkSchedules`, loaded only then).
 * Started only when `isEnabled` (after the home's first figures are on screen), so it never competes with them.
 */
export function useScheduleMisses({ team, pathTeam }: HomeScope, isEnabled: boolean): CardState<ScheduleCheck> {
  const client = useApiClient();
  const queryClient = useQueryClient();
  // The client is the app's one client, and `pathTeam` only names the URL: the team asked about is in the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const result = useQuery({
    queryKey: teamHealthKeys.scheduleMisses({ team, windowMs: MISSES_WINDOW_MS }),
    queryFn: async ({ signal }): Promise<ScheduleCheck> => {
      const { jobs, total } = await fetchQueryFor(
        queryClient,
        teamHealthQueries.enabledSchedules(client, { team, limit: MAX_CHECKED_JOBS }, pathTeam),
        signal,
      );
      if (total > MAX_CHECKED_JOBS) return { kind: 'too-many', enabledJobs: total };
      const { checkSchedules } = await import('../worker/check-schedules');
      const misses = await checkSchedules({
        team,
        jobs,
        sliceSize: SCHEDULE_RUNS_JOBS,
        readRuns: (slice) =>
          fetchQueryFor(queryClient, teamHealthQueries.scheduleRuns(client, { team, ...slice }, pathTeam), signal),
        windowMs: MISSES_WINDOW_MS,
        lookbackMs: LOOKBACK_MS,
        now: serverNow(),
      });
      return { kind: 'checked', ...misses };
    },
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    refetchInterval: MISSES_REFRESH_MS,
  });
  return combineStates([result], ([check]) => check);
}
