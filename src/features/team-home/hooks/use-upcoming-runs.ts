import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import { upcomingRuns, type UpcomingRun } from '../model/upcoming-runs';
import { combineStates, type CardState } from './card-state';
import type { HomeScope } from './use-home-scope';
import { useWindowAnchor } from './use-window-anchor';

export const UPCOMING_HOURS = 3;
const SHOWN_RUNS = 10;
/** Jobs read per request; runs beyond the first ten are not shown, and the soonest jobs come first. */
const JOBS_READ = 100;

export interface UpcomingRuns {
  runs: UpcomingRun[];
  /** Enabled jobs with a run in the window, as the service counts them. */
  jobs: number;
  to: Date;
}

/** The next scheduled runs of enabled deployments, from their cron (UTC, as the service runs it). */
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
        pageSize: JOBS_READ,
      },
      pathTeam,
    ),
    placeholderData: keepPreviousData,
  });
  return combineStates([result], ([page]) => {
    const jobs = (page?.content ?? []).flatMap((job) =>
      job?.jobName
        ? [{ team: job.config?.team ?? team ?? '', job: job.jobName, cron: job.config?.schedule?.scheduleCron }]
        : [],
    );
    return { runs: upcomingRuns(jobs, from, to, SHOWN_RUNS), jobs: page?.totalItems ?? 0, to };
  });
}
