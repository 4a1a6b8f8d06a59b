import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_JOBS_SEARCH, parseJobsSearch, toSearchParams, type JobsSearch } from '../model/jobs-search';

export type JobsSearchUpdate = Partial<JobsSearch>;

/**
 * The list state bound to the URL. Changing a filter, the search, the sort or the page size goes
 * back to page 1 and replaces the history entry (typing must not flood "back"); turning a page
 * pushes one, so back returns to the previous page.
 */
export function useJobsSearch() {
  const [params, setParams] = useSearchParams();
  const { state, rejected } = useMemo(() => parseJobsSearch(params), [params]);

  const update = useCallback(
    (changes: JobsSearchUpdate) => {
      const isPaging = Object.keys(changes).every((key) => key === 'page');
      setParams(
        (current) => {
          const base = parseJobsSearch(current).state;
          const next = { ...base, ...changes, page: isPaging ? (changes.page ?? base.page) : (changes.page ?? 1) };
          return toSearchParams(next, current);
        },
        // A page asked for ahead (pointer on Next) is usually in the cache by the press: rendered at once it paints in
        // about a third of the time the router's default transition takes, yielding every few milliseconds.
        { replace: !isPaging, flushSync: isPaging },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(
    () =>
      update({
        search: DEFAULT_JOBS_SEARCH.search,
        status: undefined,
        deployment: undefined,
        team: undefined,
      }),
    [update],
  );

  /** Rewrites the URL to what was understood, dropping the rejected values (after the notice is shown). */
  const dropRejected = useCallback(
    () => setParams((current) => toSearchParams(parseJobsSearch(current).state, current), { replace: true }),
    [setParams],
  );

  return { state, rejected, update, clearFilters, dropRejected };
}
