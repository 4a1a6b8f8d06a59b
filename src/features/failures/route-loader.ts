import { loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { failureQueries, windowParams } from './model/failure-queries';
import { parseFailuresSearch } from './model/failures-search';

/**
 * The window's failed and skipped runs, the page's first question (the rest follows from its answer). Returns at
 * once: the page shows its own loading state.
 */
export function failuresLoader(args: RouteLoaderArgs) {
  const { queryClient, client, scope, search } = loaderScope(args);
  const base = windowParams(scope.team, parseFailuresSearch(search).window, Date.now());
  void queryClient.prefetchQuery(failureQueries.failed(client, base, scope.pathTeam));
  return null;
}
