import type { ApiClient } from '@/api/client';
import { teamHealthQueries } from '@/api/team-health/queries';

/**
 * The six one-row questions behind "Health now": jobs whose last run failed (by kind) and jobs that cannot run on
 * schedule, then runs going on now. The page's hook and its route's loader ask exactly these.
 */
export function healthCountQueries(client: ApiClient, team: string | undefined, pathTeam: string) {
  return {
    jobs: [
      teamHealthQueries.jobCount(client, { team, lastStatus: 'user_error' }, pathTeam),
      teamHealthQueries.jobCount(client, { team, lastStatus: 'platform_error' }, pathTeam),
      teamHealthQueries.jobCount(client, { team, deployment: 'disabled' }, pathTeam),
      teamHealthQueries.jobCount(client, { team, deployment: 'not_deployed' }, pathTeam),
    ],
    runs: [
      teamHealthQueries.executionCount(client, { team, statuses: ['RUNNING'] }, pathTeam),
      teamHealthQueries.executionCount(client, { team, statuses: ['SUBMITTED'] }, pathTeam),
    ],
  } as const;
}
