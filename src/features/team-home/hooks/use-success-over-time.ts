import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import { useTimeZone } from '@/components/time/time-zone-context';
import { toGraphQLStatus } from '@/lib/execution-status';
import { OUTCOMES, type OutcomeCounts } from '../model/outcomes';
import type { ChartSpan } from '../model/chart-span';
import { bucketBounds, timeBuckets, type TimeBucket } from '../model/time-buckets';
import { HOME_REFRESH_MS, combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';
import { useWindowAnchor } from './use-window-anchor';

export interface OutcomeBar extends TimeBucket {
  counts: OutcomeCounts;
}

/** A bucket that closed this long ago changes only through runs that started in it and are still going. */
const SETTLED_AFTER_MS = 3 * 3_600_000;

/**
 * Final outcomes per hour (24 h) or day (7 days): one count per bucket and outcome, asked of the service
 * (`totalItems`, page size 1), never by downloading the runs. Settled buckets are not asked again.
 */
export function useSuccessOverTime({ team, pathTeam }: HomeScope, span: ChartSpan): CardState<OutcomeBar[]> {
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
    ...teamHealthQueries.outcomeCounts(client, queryClient, { team, windows, groups }, pathTeam),
    refetchInterval: HOME_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([counts]) =>
    buckets.map((bucket, index) => ({
      ...bucket,
      counts: Object.fromEntries(
        OUTCOMES.map((outcome, at) => [outcome.key, counts?.[index]?.[at] ?? 0]),
      ) as OutcomeCounts,
    })),
  );
}
