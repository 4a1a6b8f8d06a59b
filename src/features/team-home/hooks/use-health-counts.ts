import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import { HOME_REFRESH_MS, combineStates, type CardState } from '../model/card-state';
import type { HomeScope } from './use-home-scope';

export interface HealthCounts {
  /** Jobs whose last finished run failed this way. */
  userError: number;
  platformError: number;
  running: number;
  submitted: number;
  disabled: number;
  notDeployed: number;
}

const refresh = { refetchInterval: HOME_REFRESH_MS };

/**
 * The home's first figures: failing jobs by kind, runs going on now and jobs that cannot run on schedule, six
 * one-row requests (the failing jobs' table, which reads their recent runs, comes after).
 */
export function useHealthCounts({ team, pathTeam }: HomeScope): CardState<HealthCounts> {
  const client = useApiClient();
  const userError = useQuery({
    ...teamHealthQueries.jobCount(client, { team, lastStatus: 'user_error' }, pathTeam),
    ...refresh,
  });
  const platformError = useQuery({
    ...teamHealthQueries.jobCount(client, { team, lastStatus: 'platform_error' }, pathTeam),
    ...refresh,
  });
  const running = useQuery({
    ...teamHealthQueries.executionCount(client, { team, statuses: ['RUNNING'] }, pathTeam),
    ...refresh,
  });
  const submitted = useQuery({
    ...teamHealthQueries.executionCount(client, { team, statuses: ['SUBMITTED'] }, pathTeam),
    ...refresh,
  });
  const disabled = useQuery({
    ...teamHealthQueries.jobCount(client, { team, deployment: 'disabled' }, pathTeam),
    ...refresh,
  });
  const notDeployed = useQuery({
    ...teamHealthQueries.jobCount(client, { team, deployment: 'not_deployed' }, pathTeam),
    ...refresh,
  });
  return combineStates([userError, platformError, running, submitted, disabled, notDeployed], ([u, p, r, s, d, n]) => ({
    userError: u ?? 0,
    platformError: p ?? 0,
    running: r ?? 0,
    submitted: s ?? 0,
    disabled: d ?? 0,
    notDeployed: n ?? 0,
  }));
}
