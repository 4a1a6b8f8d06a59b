import type { ColumnChoice, LegacyVisibleColumns } from '@/lib/preferences';
import type { SortableColumn } from './sortable-table-head';

/**
 * Window widths at which a table shows more of its columns by default. At 1280 px and wider no page scrolls sideways:
 * each column says from which width it is shown until the user chooses otherwise.
 */
export const WIDTH_TIERS = [0, 1280, 1440, 1600, 1920] as const;
export type WidthTier = (typeof WIDTH_TIERS)[number];

/** The next wider tier (the widest stays): for a page whose extra column leaves less room to the others. */
export function widerTier(tier: WidthTier): WidthTier {
  return WIDTH_TIERS[WIDTH_TIERS.indexOf(tier) + 1] ?? tier;
}

export interface TableColumn<Id extends string, Field extends string = never> extends SortableColumn<Field> {
  id: Id;
  /** Shown until the user chooses otherwise (from `fromWidth` on). */
  defaultVisible: boolean;
  /** Shown by default only in a window at least this wide: lower-priority columns step out on narrower screens. */
  fromWidth?: WidthTier;
  /** Always shown: the column chooser does not offer it. */
  required?: boolean;
}

const isDefault = (column: TableColumn<string, string>, width: number) =>
  column.defaultVisible && width >= (column.fromWidth ?? 0);

/**
 * The visible columns: the defaults for this window width changed by the user's choice. A column the choice does not
 * name keeps its default (a column added by a later release shows up); required columns are always shown; names of
 * removed columns are ignored. A list of visible columns stored by an older release is honoured as it was.
 */
export function visibleColumnIds<Id extends string>(
  columns: readonly TableColumn<Id, string>[],
  saved: ColumnChoice | LegacyVisibleColumns | undefined,
  width: number,
): Set<Id> {
  const isShown = (column: TableColumn<Id, string>): boolean => {
    if (column.required) return true;
    if (saved === undefined) return isDefault(column, width);
    if ('visible' in saved) return saved.visible.includes(column.id);
    if (saved.hidden.includes(column.id)) return false;
    return saved.shown.includes(column.id) || isDefault(column, width);
  };
  return new Set(columns.filter(isShown).map((column) => column.id));
}

/**
 * The choice after the user shows or hides one column. The choice names each column the user picked, so it holds at
 * any window width: a column shown by hand on a narrow screen stays when the window is narrow again.
 */
export function choiceWithColumn(
  columns: readonly TableColumn<string, string>[],
  saved: ColumnChoice | LegacyVisibleColumns | undefined,
  id: string,
  show: boolean,
): ColumnChoice {
  const base: ColumnChoice =
    saved === undefined
      ? { hidden: [], shown: [] }
      : 'visible' in saved
        ? {
            hidden: columns.filter((c) => !c.required && !saved.visible.includes(c.id)).map((c) => c.id),
            shown: columns.filter((c) => !c.required && saved.visible.includes(c.id)).map((c) => c.id),
          }
        : saved;
  const others = (ids: string[]) => ids.filter((other) => other !== id);
  return show
    ? { hidden: others(base.hidden), shown: [...others(base.shown), id] }
    : { hidden: [...others(base.hidden), id], shown: others(base.shown) };
}
