import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import type { JobsPage } from '@/api/types';

/** A job stays in its team: its team, once known, is not asked again for a long while. */
const TEAM_STALE_MS = 10 * 60_000;

/**
 * The team of each named job, where a page spans every team and needs a run's team (its links, cancel, its log): an
 * execution does not say its team (docs/api-reference.md §3.4), job names are unique across teams, and one tiny jobs
 * query per job (exact name, one row) answers it. On a team's page nothing is asked. `isPending`: some are still asked.
 */
export function useJobTeams(jobNames: readonly string[], knownTeam: string | undefined, pathTeam: string) {
  const client = useApiClient();
  const names = knownTeam === undefined ? [...new Set(jobNames)] : [];
  return useQueries({
    queries: names.map((jobName) => ({
      ...jobQueries.list(client, { jobName, page: 1, pageSize: 1 }, pathTeam),
      staleTime: TEAM_STALE_MS,
      select: (page: JobsPage) => page.content?.find((job) => job?.jobName === jobName)?.config?.team ?? undefined,
    })),
    combine: (results) => {
      const teams = new Map<string, string>();
      results.forEach((result, index) => {
        if (result.data) teams.set(names[index]!, result.data);
      });
      return {
        teamOf: (jobName: string | null | undefined): string | undefined =>
          knownTeam ?? (jobName ? teams.get(jobName) : undefined),
        isPending: results.some((result) => result.isPending),
      };
    },
  });
}
