import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFailuresSearch, serializeFailuresSearch, type FailureWindow } from '../model/failures-search';

/** The failures window, held in the URL so a link shows the same causes. */
export function useFailuresSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseFailuresSearch(params), [params]);
  const setWindow = useCallback(
    (window: FailureWindow) => setParams(serializeFailuresSearch({ window }), { replace: true }),
    [setParams],
  );
  return { ...search, setWindow };
}
