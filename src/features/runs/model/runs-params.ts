import type { RunsListParams } from '@/api/graphql/executions-query';
import { toGraphQLStatus } from '@/lib/execution-status';
import { rangeBounds } from '@/lib/time-range';
import type { RunsSearch } from './runs-search';

/** What the service can filter and order by; type and started-by are applied to the page it returns. */
export function toRunsParams(team: string | undefined, search: RunsSearch, now = Date.now()): RunsListParams {
  return {
    team: team ?? search.team,
    jobs: search.jobs,
    page: search.page,
    pageSize: search.pageSize,
    statuses: search.statuses.map(toGraphQLStatus),
    ...rangeBounds(search.range, now),
    order: search.sort,
  };
}
