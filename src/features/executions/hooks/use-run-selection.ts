import { useCallback, useState } from 'react';
import type { ExecutionSummary } from '@/api/types';
import type { TickedRun } from '../model/compare-selection';

interface Ticked {
  /** The page of results the runs were ticked on (its URL search). */
  view: string;
  runs: readonly TickedRun[];
}

/**
 * The runs ticked in the history to compare. Kept in page state, tied to the page of results they were ticked on:
 * a poll that refreshes the rows keeps them, another page, filter or order starts with none.
 */
export function useRunSelection(view: string) {
  const [ticked, setTicked] = useState<Ticked>({ view, runs: [] });
  // Another page of results starts with none, before anything can be ticked on it: so `toggle` and `clear` need not
  // know the view, and stay the same functions across pages (the table's rows are not drawn again for a new one).
  if (ticked.view !== view) setTicked({ view, runs: [] });
  const runs = ticked.view === view ? ticked.runs : [];

  const toggle = useCallback((row: ExecutionSummary) => {
    const id = row.id;
    if (!id) return;
    setTicked((current) => ({
      view: current.view,
      runs: current.runs.some((run) => run.id === id)
        ? current.runs.filter((run) => run.id !== id)
        : [...current.runs, { id, startTime: row.startTime }],
    }));
  }, []);
  const clear = useCallback(() => setTicked((current) => ({ view: current.view, runs: [] })), []);

  return { runs, selected: new Set(runs.map((run) => run.id)), toggle, clear };
}
