import { executionQueries } from '@/api/executions/queries';
import { loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { toRunsParams } from './model/runs-params';
import { parseRunsSearch } from './model/runs-search';

/**
 * The table's page of runs (the timeline asks its lanes itself, in its own chunk). Returns at once: the page shows its
 * own loading state.
 */
export function runsLoader(args: RouteLoaderArgs) {
  const { queryClient, client, scope, search } = loaderScope(args);
  const runsSearch = parseRunsSearch(search).search;
  if (runsSearch.view !== 'table') return null;
  void queryClient.prefetchQuery(executionQueries.runs(client, toRunsParams(scope.team, runsSearch), scope.pathTeam));
  return null;
}
