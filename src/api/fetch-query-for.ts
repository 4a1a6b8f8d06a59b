import { isCancelledError, type FetchQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * `queryClient.fetchQuery` inside another query's function, so each read keeps its own cache entry, with the outer
 * query's `signal`: when that is cancelled (the page that showed it was left, or Refresh asks again), the reads it
 * started are cancelled too and their requests aborted. TanStack Query cancels a query when its last observer leaves;
 * a read made with `fetchQuery` has none, so without this its request went on, ahead of the next page's in the
 * browser's queue. A read some component still watches is left to it.
 */
export async function fetchQueryFor<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  signal: AbortSignal,
): Promise<TData> {
  signal.throwIfAborted();
  const cancel = () => {
    const query = queryClient.getQueryCache().find({ queryKey: options.queryKey, exact: true });
    if (query && query.getObserversCount() === 0) void query.cancel({ revert: true });
  };
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await queryClient.fetchQuery(options);
  } catch (error) {
    // Another reader that shared this request was cancelled; this one still wants the answer.
    if (isCancelledError(error) && !signal.aborted) return fetchQueryFor(queryClient, options, signal);
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
