import { executionQueries } from '@/api/executions/queries';
import { jobRefOf, loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { toListParams } from './model/executions-params';
import { parseExecutionsSearch } from './model/executions-search';

// Each starts its page's queries and returns at once: the pages show their own loading states.

/** The history's page of executions (a preset time range is rounded to the minute, so the page asks the same). */
export function executionsLoader(args: RouteLoaderArgs) {
  const { queryClient, client, search } = loaderScope(args);
  const params = toListParams(jobRefOf(args.params), parseExecutionsSearch(search).search);
  void queryClient.prefetchQuery(executionQueries.list(client, params));
  return null;
}

export function executionLoader(args: RouteLoaderArgs) {
  const { queryClient, client } = loaderScope(args);
  const ref = { ...jobRefOf(args.params), executionId: args.params.executionId ?? '' };
  void queryClient.prefetchQuery(executionQueries.detail(client, ref));
  // The log viewer's chunk too (execution-logs-panel.tsx): there when the log's first lines arrive, never waited for.
  void import('./components/log-viewer/log-viewer');
  return null;
}

/** The two runs of `?a=&b=`, when two different runs are named (else the page asks to pick them). */
export function compareLoader(args: RouteLoaderArgs) {
  const { queryClient, client, search } = loaderScope(args);
  const jobRef = jobRefOf(args.params);
  const a = search.get('a')?.trim();
  const b = search.get('b')?.trim();
  if (!a || !b || a === b) return null;
  for (const executionId of [a, b]) {
    void queryClient.prefetchQuery(executionQueries.detail(client, { ...jobRef, executionId }));
  }
  return null;
}
