import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRunsSearch, serializeRunsSearch, type RunsSearch } from '../model/runs-search';

/**
 * The runs page's filters, paging, order and view, held in the URL (shareable, kept on reload). Filter edits replace
 * the history entry and go back to page 1; page changes push, so Back returns to the previous page of results.
 */
export function useRunsSearch() {
  const [params, setParams] = useSearchParams();
  const { search, rejected } = useMemo(() => parseRunsSearch(params), [params]);

  const setFilters = useCallback(
    (patch: Partial<Omit<RunsSearch, 'page'>>) =>
      setParams(serializeRunsSearch({ ...search, ...patch, page: 1 }), {
        replace: true,
      }),
    [search, setParams],
  );
  const setPage = useCallback(
    (page: number) => setParams(serializeRunsSearch({ ...search, page })),
    [search, setParams],
  );
  /** Switching view keeps the filters; it is a place of its own in the history. */
  const setView = useCallback(
    (view: RunsSearch['view']) => setParams(serializeRunsSearch({ ...search, view, page: 1 })),
    [search, setParams],
  );
  const dropRejected = useCallback(
    () => setParams(serializeRunsSearch(search), { replace: true }),
    [search, setParams],
  );

  return { search, rejected, setFilters, setPage, setView, dropRejected };
}
