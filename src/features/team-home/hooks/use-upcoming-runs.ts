import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import type { JobRef } from '@/api/types';
import { fromEpochSeconds } from '@/lib/time';
import { UPCOMING_HOURS } from '../model/card-titles';
import { combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';
import { useWindowAnchor } from './use-window-anchor';

/** Runs shown; the service counts the rest. */
const SHOWN_RUNS = 10;

export interface UpcomingRun extends JobRef {
  at: Date;
}

export interface UpcomingRuns {
  runs: UpcomingRun[];
  /** Enabled jobs with a run in the window, as the service counts them. */
  jobs: number;
  to: Date;
}

/**
 * The next scheduled run of each enabled deployment, soonest first, as the service computes it from the cron
 * (`nextRunEpochSeconds`, UTC): no cron library on the landing route.
 */
export function useUpcomingRuns({ team, pathTeam }: HomeScope): CardState<UpcomingRuns> {
  const client = useApiClient();
  const from = useWindowAnchor();
  const to = new Date(from.getTime() + UPCOMING_HOURS * 3_600_000);
  const result = useQuery({
    ...teamHealthQueries.scheduledJobs(
      client,
      {
        team,
        nextRunFrom: Math.floor(from.getTime() / 1000),
        nextRunTo: Math.floor(to.getTime() / 1000),
        pageSize: SHOWN_RUNS,
      },
      pathTeam,
    ),
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([page]) => {
    const runs = (page?.content ?? []).flatMap((job) => {
      const at = fromEpochSeconds(job?.config?.schedule?.nextRunEpochSeconds);
      return job?.jobName && at ? [{ team: job.config?.team ?? team ?? '', job: job.jobName, at }] : [];
    });
    return { runs, jobs: page?.totalItems ?? 0, to };
  });
}
