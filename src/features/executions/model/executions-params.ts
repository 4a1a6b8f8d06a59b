import type { ExecutionsListParams } from '@/api/graphql/executions-query';
import type { JobRef } from '@/api/types';
import { toGraphQLStatus } from '@/lib/execution-status';
import { rangeBounds } from '@/lib/time-range';
import type { ExecutionsSearch } from './executions-search';

/** The service-side part of a search (status, time, order, page); the type filter is applied on the page. */
export function toListParams(ref: JobRef, search: ExecutionsSearch, now = Date.now()): ExecutionsListParams {
  return {
    team: ref.team,
    job: ref.job,
    page: search.page,
    pageSize: search.pageSize,
    statuses: search.statuses.map(toGraphQLStatus),
    ...rangeBounds(search.range, now),
    order: search.sort,
  };
}
