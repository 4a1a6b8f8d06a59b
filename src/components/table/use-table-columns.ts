import { useCallback, useMemo, useState } from 'react';
import { preferences } from '@/lib/preferences';
import { choiceWithColumn, visibleColumnIds, type TableColumn } from './table-columns';
import { useWidthTier } from './use-width-tier';

/**
 * A table's columns and which are shown: the defaults for the window's width, changed by the user's choice, which is
 * remembered in this browser per table (`tableId`).
 */
export function useTableColumns<Id extends string>(tableId: string, columns: readonly TableColumn<Id, string>[]) {
  const width = useWidthTier();
  const [saved, setSaved] = useState(() => preferences.columns.get(tableId));
  const visible = useMemo(() => visibleColumnIds(columns, saved, width), [columns, saved, width]);

  const setVisible = useCallback(
    (id: Id, show: boolean) => {
      const choice = choiceWithColumn(columns, saved, id, show);
      preferences.columns.set(tableId, choice);
      setSaved(choice);
    },
    [columns, saved, tableId],
  );

  const reset = useCallback(() => {
    preferences.columns.set(tableId, undefined);
    setSaved(undefined);
  }, [tableId]);

  return { visible, setVisible, reset };
}
