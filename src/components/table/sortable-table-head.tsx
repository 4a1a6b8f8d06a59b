import { Icon } from '@/components/ui/icon';
import type { IconShape } from '@/components/ui/icons';
import { classNames, FOCUS_RING } from '@/components/ui/class-names';
import table from '@/components/ui/table.module.css';
import styles from './sortable-table-head.module.css';

export type SortDirection = 'asc' | 'desc';

export interface SortableColumn<Field extends string> {
  id: string;
  label: string;
  /** The field a click on the header sorts by; without it the header is plain text. */
  sortBy?: Field;
  align?: 'right';
}

export interface TableSort<Field extends string> {
  by: Field;
  direction: SortDirection;
}

interface SortableTableHeadProps<Field extends string> {
  columns: readonly SortableColumn<Field>[];
  sort: TableSort<Field>;
  /** The order a click on another column starts with (newest first suits times, A→Z suits names). */
  firstDirection: SortDirection;
  onSortChange: (sort: TableSort<Field>) => void;
}

/** Material icon "ArrowDownward" (Apache-2.0), copied from @mui/material/internal/svg-icons as TableSortLabel draws it. */
const ArrowDownwardIcon: IconShape = {
  name: 'ArrowDownward',
  path: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
};

const CELL = classNames(table.cell, table.head, table.small, styles.cell);
const RIGHT_CELL = classNames(CELL, table.numeric);
const SORT_LABEL = classNames(styles.sortLabel, FOCUS_RING);

/**
 * A table's header row whose sortable headers are buttons: a click sorts by that column, a second click flips the
 * order. The sorted header carries `aria-sort`, so a screen reader says which column orders the rows and how.
 * Plain markup with the kit's table classes, so it fits a plain table and MUI's alike.
 */
export function SortableTableHead<Field extends string>({
  columns,
  sort,
  firstDirection,
  onSortChange,
}: SortableTableHeadProps<Field>) {
  const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');
  return (
    <thead>
      <tr>
        {columns.map(({ id, label, sortBy, align }) => {
          const isSorted = sortBy !== undefined && sort.by === sortBy;
          const direction = isSorted ? sort.direction : firstDirection;
          return (
            <th
              key={id}
              scope="col"
              className={align === 'right' ? RIGHT_CELL : CELL}
              aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {sortBy === undefined ? (
                label
              ) : (
                <button
                  type="button"
                  className={SORT_LABEL}
                  data-sorted={isSorted || undefined}
                  data-direction={direction}
                  onClick={() =>
                    onSortChange({ by: sortBy, direction: isSorted ? flip(sort.direction) : firstDirection })
                  }
                >
                  {label}
                  <Icon icon={ArrowDownwardIcon} className={styles.sortIcon} />
                </button>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
