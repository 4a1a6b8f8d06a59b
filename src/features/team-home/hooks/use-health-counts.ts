import { useQueries } from '@tanstack/react-query';
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

/** Runs going on now and jobs that cannot run on schedule: four counts, four small requests. */
export function useHealthCounts({ team, pathTeam }: HomeScope): CardState<HealthCounts> {
  const client = useApiClient();
  const results = useQueries({
    queries: [
      teamHealthQueries.executionCount(client, { team, statuses: ['RUNNING'] }, pathTeam),
      teamHealthQueries.executionCount(client, { team, statuses: ['SUBMITTED'] }, pathTeam),
      teamHealthQueries.jobCount(client, { team, deployment: 'disabled' }, pathTeam),
      teamHealthQueries.jobCount(client, { team, deployment: 'not_deployed' }, pathTeam),
    ].map((options) => ({ ...options, refetchInterval: HOME_REFRESH_MS })),
  });
  return combineStates(results, ([running, submitted, disabled, notDeployed]) => ({
    running: running ?? 0,
    submitted: submitted ?? 0,
    disabled: disabled ?? 0,
    notDeployed: notDeployed ?? 0,
  }));
}
