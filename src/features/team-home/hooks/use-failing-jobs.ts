import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useApiClient } from '@/api/api-client-context';
import type { FailureStatus } from '@/api/team-health/keys';
import { teamHealthQueries } from '@/api/team-health/queries';
import type { JobRef, JobsPage } from '@/api/types';
import { failureStreak, type FailureStreak } from '../model/failure-streak';
import { HOME_REFRESH_MS, combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';

export interface FailingJob extends JobRef {
  status: FailureStatus;
  streak: FailureStreak;
}

export interface FailingJobs {
  /** Most failures in a row first (the first page of each kind). */
  jobs: FailingJob[];
  userError: number;
  platformError: number;
}

const STATUSES: FailureStatus[] = ['user_error', 'platform_error'];

/**
 * Jobs whose last finished run failed, with their recent runs for the streak: one request per kind of failure (the
 * service filters by one status), asked once `isEnabled` (after the home's first figures).
 */
export function useFailingJobs({ team, pathTeam }: HomeScope, isEnabled: boolean): CardState<FailingJobs> {
  const client = useApiClient();
  const userError = useQuery({
    ...teamHealthQueries.failingJobs(client, team, 'user_error', pathTeam),
    refetchInterval: HOME_REFRESH_MS,
    enabled: isEnabled,
  });
  const platformError = useQuery({
    ...teamHealthQueries.failingJobs(client, team, 'platform_error', pathTeam),
    refetchInterval: HOME_REFRESH_MS,
    enabled: isEnabled,
  });
  // An answer renders this hook's component at once, in one task: the jobs' streaks are worked out in the deferred
  // render that follows (which yields to the browser before and after), and the card says it loads until then.
  const userErrorPage = useDeferredValue(userError.data);
  const platformErrorPage = useDeferredValue(platformError.data);
  // The same object while neither answer changes: the table renders its rows again only for a new answer.
  const failing = useMemo(
    () => (userErrorPage && platformErrorPage ? failingJobs(team, [userErrorPage, platformErrorPage]) : undefined),
    [team, userErrorPage, platformErrorPage],
  );
  const state = combineStates([userError, platformError], () => failing);
  return { ...state, isPending: state.isPending || (!state.data && !state.error) };
}

function failingJobs(team: string | undefined, pages: JobsPage[]): FailingJobs {
  const jobs: FailingJob[] = [];
  pages.forEach((page, index) => {
    for (const job of page.content ?? []) {
      if (!job?.jobName) continue;
      jobs.push({
        team: job.config?.team ?? team ?? '',
        job: job.jobName,
        status: STATUSES[index]!,
        streak: failureStreak(job.deployments?.[0]?.executions ?? []),
      });
    }
  });
  jobs.sort((a, b) => b.streak.count - a.streak.count || a.job.localeCompare(b.job));
  return { jobs, userError: pages[0]?.totalItems ?? 0, platformError: pages[1]?.totalItems ?? 0 };
}
