import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { outcomeCountsQuery } from '@/api/team-health/outcome-counts';
import { useTimeZone } from '@/components/time/time-zone-context';
import { toGraphQLStatus } from '@/lib/execution-status';
import { OUTCOMES, type OutcomeCounts } from '../model/outcomes';
import type { ChartSpan } from '../model/chart-span';
import { bucketBounds, timeBuckets, type TimeBucket } from '../model/time-buckets';
import { HOME_REFRESH_MS, combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';
import { useWindowAnchor } from './use-window-anchor';

export interface OutcomeBar extends TimeBucket {
  /** A count that has not answered yet is 0. */
  counts: OutcomeCounts;
}

export interface SuccessOverTime {
  bars: OutcomeBar[];
  /** Counts answered so far, of `cells` (windows × outcomes): the chart fills as they come, newest first. */
  counted: number;
  cells: number;
}

/** A bucket that closed this long ago changes only through runs that started in it and are still going. */
const SETTLED_AFTER_MS = 3 * 3_600_000;

/**
 * Final outcomes per hour (24 h) or day (7 days): one count per bucket and outcome, asked of the service
 * (`totalItems`, page size 1), never by downloading the runs. Settled buckets are not asked again. The bars fill as
 * the counts arrive.
 */
export function useSuccessOverTime({ team, pathTeam }: HomeScope, span: ChartSpan): CardState<SuccessOverTime> {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { timeZone } = useTimeZone();
  const now = useWindowAnchor();
  const buckets = timeBuckets(span, now, timeZone);
  const windows = buckets.map((bucket) => ({
    ...bucketBounds(bucket),
    isSettled: bucket.end.getTime() < now.getTime() - SETTLED_AFTER_MS,
  }));
  const groups = OUTCOMES.map((outcome) => outcome.statuses.map(toGraphQLStatus));
  const result = useQuery({
    ...outcomeCountsQuery(client, queryClient, { team, windows, groups }, pathTeam),
    refetchInterval: HOME_REFRESH_MS,
    // The last hour's chart while the next is asked: its windows are matched by their start, never by position.
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([data]) => {
    let counted = 0;
    const bars = buckets.map((bucket, index) => {
      const cells = data?.counts[data.windows.indexOf(windows[index]!.from)] ?? [];
      counted += cells.filter((cell) => cell !== undefined).length;
      return {
        ...bucket,
        counts: Object.fromEntries(OUTCOMES.map((outcome, at) => [outcome.key, cells[at] ?? 0])) as OutcomeCounts,
      };
    });
    return { bars, counted, cells: bars.length * OUTCOMES.length };
  });
}
