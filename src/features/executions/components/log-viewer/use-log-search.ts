import { useDeferredValue, useMemo, useState } from 'react';
import { findMatches, stepMatch, type LogMatch } from '../../model/log-lines';

/**
 * Find-in-log state: the typed query, its matches (computed from a deferred copy so typing stays
 * responsive on 100k lines) among the shown lines (`shown`, all when undefined) and which match is
 * current. The current match resets to the first one whenever the query, the log or the shown lines
 * change its matches.
 */
export function useLogSearch(lines: readonly string[], shown: Int32Array | undefined) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => findMatches(lines, deferredQuery, shown), [lines, deferredQuery, shown]);
  const [position, setPosition] = useState<{ matches: LogMatch[]; index: number }>({ matches, index: 0 });
  const index = position.matches === matches ? position.index : matches.length > 0 ? 0 : -1;
  const current: LogMatch | undefined = index >= 0 ? matches[index] : undefined;

  const step = (direction: 1 | -1) => setPosition({ matches, index: stepMatch(index, matches.length, direction) });

  return {
    query,
    setQuery,
    /** The query the matches belong to (lags `query` by a render while typing). */
    activeQuery: deferredQuery,
    matches,
    index,
    current,
    next: () => step(1),
    previous: () => step(-1),
  };
}
