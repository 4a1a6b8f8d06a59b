import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';

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

/**
 * A table's header row whose sortable headers are buttons: a click sorts by that column, a second click flips the
 * order. The sorted header carries `aria-sort`, so a screen reader says which column orders the rows and how.
 */
export function SortableTableHead<Field extends string>({
  columns,
  sort,
  firstDirection,
  onSortChange,
}: SortableTableHeadProps<Field>) {
  const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');
  return (
    <TableHead>
      <TableRow>
        {columns.map(({ id, label, sortBy, align }) => {
          const isSorted = sortBy !== undefined && sort.by === sortBy;
          return (
            <TableCell
              key={id}
              align={align}
              sortDirection={isSorted ? sort.direction : false}
              sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}
            >
              {sortBy === undefined ? (
                label
              ) : (
                <TableSortLabel
                  component="button"
                  type="button"
                  active={isSorted}
                  direction={isSorted ? sort.direction : firstDirection}
                  onClick={() =>
                    onSortChange({ by: sortBy, direction: isSorted ? flip(sort.direction) : firstDirection })
                  }
                >
                  {label}
                </TableSortLabel>
              )}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}
