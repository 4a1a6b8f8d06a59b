import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { teamHealthQueries } from '@/api/team-health/queries';
import { HOME_REFRESH_MS, combineStates, type CardState } from './card-state';
import type { HomeScope } from './use-home-scope';

export interface HealthCounts {
  running: number;
  submitted: number;
  disabled: number;
  notDeployed: number;
}

const refresh = { refetchInterval: HOME_REFRESH_MS };

/** Runs going on now and jobs that cannot run on schedule: four counts, four small requests. */
export function useHealthCounts({ team, pathTeam }: HomeScope): CardState<HealthCounts> {
  const client = useApiClient();
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
  return combineStates([running, submitted, disabled, notDeployed], ([r, s, d, n]) => ({
    running: r ?? 0,
    submitted: s ?? 0,
    disabled: d ?? 0,
    notDeployed: n ?? 0,
  }));
}
