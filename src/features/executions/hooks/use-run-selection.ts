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
  const runs = ticked.view === view ? ticked.runs : [];

  const toggle = useCallback(
    (row: ExecutionSummary) => {
      const id = row.id;
      if (!id) return;
      setTicked((current) => {
        const kept = current.view === view ? current.runs : [];
        const next = kept.some((run) => run.id === id)
          ? kept.filter((run) => run.id !== id)
          : [...kept, { id, startTime: row.startTime }];
        return { view, runs: next };
      });
    },
    [view],
  );
  const clear = useCallback(() => setTicked({ view, runs: [] }), [view]);

  return { runs, selected: new Set(runs.map((run) => run.id)), toggle, clear };
}
