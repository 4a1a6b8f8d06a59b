import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { type OutcomeCountCells, outcomeCountsQuery } from '@/api/team-health/outcome-counts';
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
  const anchor = useWindowAnchor().getTime();
  // Once a minute, not on each of the hundred answers that render this hook: the zone's arithmetic and a hundred
  // count queries' options took most of such a render.
  const { buckets, windows, query } = useMemo(() => {
    const buckets = timeBuckets(span, new Date(anchor), timeZone);
    const windows = buckets.map((bucket) => ({
      ...bucketBounds(bucket),
      isSettled: bucket.end.getTime() < anchor - SETTLED_AFTER_MS,
    }));
    const params = { team, windows, groups: GROUPS };
    return { buckets, windows, query: outcomeCountsQuery(client, queryClient, params, pathTeam) };
  }, [client, queryClient, team, pathTeam, span, timeZone, anchor]);
  // Selected again only for a new answer, and bars whose counts did not change stay the same objects (the query's
  // structural sharing): the card draws again only what changed.
  const select = useCallback((cells: OutcomeCountCells) => toChart(buckets, windows, cells), [buckets, windows]);
  const result = useQuery({
    ...query,
    select,
    refetchInterval: HOME_REFRESH_MS,
    // The last hour's chart while the next is asked: its windows are matched by their start, never by position.
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([chart]) => chart);
}

const GROUPS = OUTCOMES.map((outcome) => outcome.statuses.map(toGraphQLStatus));

function toChart(buckets: TimeBucket[], windows: { from: string }[], data: OutcomeCountCells): SuccessOverTime {
  let counted = 0;
  const bars = buckets.map((bucket, index) => {
    const cells = data.counts[data.windows.indexOf(windows[index]!.from)] ?? [];
    counted += cells.filter((cell) => cell !== undefined).length;
    return {
      ...bucket,
      counts: Object.fromEntries(OUTCOMES.map((outcome, at) => [outcome.key, cells[at] ?? 0])) as OutcomeCounts,
    };
  });
  return { bars, counted, cells: bars.length * OUTCOMES.length };
}
