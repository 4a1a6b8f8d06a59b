import type { ApiClient } from '@/api/client';
import type { JobsListParams } from '@/api/graphql/jobs-query';
import { jobQueries } from '@/api/jobs/queries';
import type { TeamScope } from '@/components/team/team-scope';
import { sortProperty, type JobsSearch } from './jobs-search';

export function toListParams(team: string | undefined, search: JobsSearch): JobsListParams {
  return {
    team: team ?? search.team,
    page: search.page,
    pageSize: search.size,
    search: search.search.trim() || undefined,
    deployment: search.deployment,
    lastStatus: search.status,
    sort: { property: sortProperty(search.sort), direction: search.sort.direction === 'desc' ? 'DESC' : 'ASC' },
  };
}

/** The list's query for a scope and its URL state: the route's loader starts it, the page's hook reads it. */
export const jobsListQuery = (client: ApiClient, { team, pathTeam }: TeamScope, search: JobsSearch) =>
  jobQueries.list(client, toListParams(team, search), pathTeam);
