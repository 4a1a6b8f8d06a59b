import { startTransition, useEffect, useRef, useState } from 'react';
import type { LineList } from '@/lib/chunked-lines';
import { nextTask } from '@/lib/next-task';
import { findMatches, MAX_MATCHES, stepMatch, type LogMatch } from '../model/log-lines';

/**
 * A search gives the page its thread back after this long, so typing and scrolling never wait for it: a slow CPU
 * searches fewer lines per task, never longer tasks (a fixed 2,500 lines took 40-100 ms at 4x throttling).
 */
const TASK_MS = 8;
/** Lines searched between two looks at the clock. */
const STEP_LINES = 250;

interface Search {
  query: string;
  /** What the lines were filtered by (the shown levels): a search continues only under the same filter. */
  filter: unknown;
  lines: LineList;
  /** Lines before this one have been searched (a search continues from there when the log grows). */
  searched: number;
  matches: LogMatch[];
}

const NO_MATCHES: LogMatch[] = [];

/**
 * Find-in-log state: the matches of `query` among the shown lines (`shown`, all when undefined; `filter` names what
 * chose them) and which match is current. The search runs in slices between which the page stays responsive
 * (100,000 lines take a few tasks, not one long one); a newer query or log cancels it. While a log grows (it is
 * streamed), the search goes on from where it stopped instead of starting again. The current match resets to the
 * first one whenever the matches change, except for matches added after the others as the log grows.
 */
export function useLogSearch(lines: LineList, shown: Int32Array | undefined, filter: unknown, query: string) {
  const [done, setDone] = useState<Search | undefined>();
  const latest = useRef<Search | undefined>(undefined);

  useEffect(() => {
    if (query === '') return;
    const before = latest.current;
    const grew =
      before?.query === query &&
      before.filter === filter &&
      before.lines.length <= lines.length &&
      (before.searched === 0 || before.lines.at(before.searched - 1) === lines.at(before.searched - 1));
    const from = grew ? before.searched : 0;
    const earlier = grew ? before.matches : NO_MATCHES;
    const found: LogMatch[] = [];
    let searched = from;
    let cancelled = false;
    const isComplete = () => searched >= lines.length || earlier.length + found.length >= MAX_MATCHES;
    const step = () => {
      const started = performance.now();
      do {
        const until = Math.min(searched + STEP_LINES, lines.length);
        findMatches(lines, query, shown, { from: searched, until, matches: found });
        searched = until;
      } while (!isComplete() && performance.now() - started < TASK_MS);
      if (!isComplete()) {
        void nextTask().then(() => !cancelled && step());
        return;
      }
      // Matches only added to: the same list when none were, else the earlier ones with the new ones after them.
      const matches = found.length ? [...earlier, ...found].slice(0, MAX_MATCHES) : earlier;
      const search = { query, filter, lines, searched, matches };
      latest.current = search;
      // A transition: highlighting the matches and showing the first renders in slices, never in one long task.
      startTransition(() => setDone(search));
    };
    // In a task of its own, so each key paints first.
    void nextTask().then(() => !cancelled && step());
    return () => {
      cancelled = true;
    };
  }, [lines, query, shown, filter]);

  const active = query === '' ? undefined : done;
  const matches = active?.matches ?? NO_MATCHES;
  const [position, setPosition] = useState<{ matches: LogMatch[]; index: number }>({ matches, index: 0 });
  // Matches added after the ones stepped through (a growing log) keep the current one; other matches start over.
  const kept = position.matches.length > 0 && matches[position.matches.length - 1] === position.matches.at(-1);
  const index = kept ? position.index : matches.length > 0 ? 0 : -1;
  const current: LogMatch | undefined = index >= 0 ? matches[index] : undefined;

  const step = (direction: 1 | -1) => setPosition({ matches, index: stepMatch(index, matches.length, direction) });

  return {
    /** The query the matches belong to (lags `query` while a search runs). */
    activeQuery: active?.query ?? '',
    matches,
    index,
    current,
    next: () => step(1),
    previous: () => step(-1),
  };
}
