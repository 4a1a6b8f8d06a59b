import { loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { healthCountQueries } from './model/health-count-queries';
import { parseHomeSearch } from './model/home-search';

/**
 * The home's first figures (the other cards wait for them on the page). Returns at once: the page shows its own
 * loading state.
 */
export function homeLoader(args: RouteLoaderArgs) {
  const { queryClient, client, scope, search } = loaderScope(args);
  const team = scope.team ?? parseHomeSearch(search).team;
  const { jobs, runs } = healthCountQueries(client, team, scope.pathTeam);
  for (const query of jobs) void queryClient.prefetchQuery(query);
  for (const query of runs) void queryClient.prefetchQuery(query);
  return null;
}
