import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseExecutionsSearch, serializeExecutionsSearch, type ExecutionsSearch } from '../model/executions-search';

/**
 * The history page's filters, paging and order, held in the URL (shareable, kept on reload).
 * Filter edits replace the history entry and go back to page 1; page changes push, so Back
 * returns to the previous page of results.
 */
export function useExecutionsSearch() {
  const [params, setParams] = useSearchParams();
  const { search, rejected } = useMemo(() => parseExecutionsSearch(params), [params]);

  const setFilters = useCallback(
    (patch: Partial<Omit<ExecutionsSearch, 'page'>>) =>
      setParams(serializeExecutionsSearch({ ...search, ...patch, page: 1 }), { replace: true }),
    [search, setParams],
  );
  const setPage = useCallback(
    (page: number) => setParams(serializeExecutionsSearch({ ...search, page })),
    [search, setParams],
  );
  /** Rewrites the URL without the params that were ignored, so the notice goes away. */
  const dropRejected = useCallback(
    () => setParams(serializeExecutionsSearch(search), { replace: true }),
    [search, setParams],
  );

  return { search, rejected, setFilters, setPage, dropRejected };
}
