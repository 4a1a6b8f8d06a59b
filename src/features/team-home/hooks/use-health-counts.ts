import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { HOME_REFRESH_MS, combineStates, type CardState } from '../model/card-state';
import { healthCountQueries } from '../model/health-count-queries';
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
  const { jobs, runs } = healthCountQueries(client, team, pathTeam);
  const userError = useQuery({ ...jobs[0], ...refresh });
  const platformError = useQuery({ ...jobs[1], ...refresh });
  const running = useQuery({ ...runs[0], ...refresh });
  const submitted = useQuery({ ...runs[1], ...refresh });
  const disabled = useQuery({ ...jobs[2], ...refresh });
  const notDeployed = useQuery({ ...jobs[3], ...refresh });
  return combineStates([userError, platformError, running, submitted, disabled, notDeployed], ([u, p, r, s, d, n]) => ({
    userError: u,
    platformError: p,
    running: r,
    submitted: s,
    disabled: d,
    notDeployed: n,
  }));
}
