import { useCallback, useMemo, useState } from 'react';
import { preferences } from '@/lib/preferences';
import { columnChoiceFor, columnsFor, visibleColumnIds, type JobColumnId } from '../components/jobs-columns';

/** The columns of the list and which are shown; the choice is remembered per page kind. */
export function useJobColumns(allTeams: boolean) {
  const tableId = allTeams ? 'all-jobs' : 'jobs';
  const columns = useMemo(() => columnsFor(allTeams), [allTeams]);
  const [saved, setSaved] = useState(() => preferences.columns.get(tableId));
  const visible = useMemo(() => visibleColumnIds(columns, saved), [columns, saved]);

  const setVisible = useCallback(
    (id: JobColumnId, show: boolean) => {
      const next = new Set(visible);
      if (show) next.add(id);
      else next.delete(id);
      const choice = columnChoiceFor(columns, next);
      preferences.columns.set(tableId, choice);
      setSaved(choice);
    },
    [columns, tableId, visible],
  );

  const reset = useCallback(() => {
    preferences.columns.set(tableId, undefined);
    setSaved(undefined);
  }, [tableId]);

  return { columns, visible, setVisible, reset };
}
