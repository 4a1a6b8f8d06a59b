import type { ReactNode } from 'react';
import { classNames } from '@/components/ui/class-names';
import table from '@/components/ui/table.module.css';
import styles from './home-table.module.css';

export interface HomeColumn {
  title: string;
  /** A count: right-aligned, in digits of one width. */
  numeric?: boolean;
}

/** A dense table of a card, named by `label`: the column heads, then the rows (`<HomeRow>`). */
export function HomeTable({ label, columns, children }: { label: string; columns: HomeColumn[]; children: ReactNode }) {
  return (
    <table aria-label={label} className={classNames(table.table, table.small)}>
      <thead>
        <tr className={table.row}>
          {columns.map(({ title, numeric }) => (
            <th key={title} scope="col" className={cellClassName({ head: true, numeric })}>
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

interface CellLook {
  head?: boolean;
  numeric?: boolean;
  /** Text that may be long with no spaces (a job's name, a message): it breaks anywhere rather than widen the card. */
  wraps?: boolean;
}

function cellClassName({ head = false, numeric = false, wraps = false }: CellLook, className?: string) {
  return classNames(
    table.cell,
    head && table.head,
    numeric && classNames(table.numeric, styles.count),
    wraps && styles.wraps,
    className,
  );
}

/** A cell of a HomeTable's body. */
export function HomeCell({
  numeric,
  wraps,
  className,
  children,
}: Omit<CellLook, 'head'> & { className?: string; children: ReactNode }) {
  return <td className={cellClassName({ numeric, wraps }, className)}>{children}</td>;
}

/** A row of a HomeTable. */
export function HomeRow({ children }: { children: ReactNode }) {
  return <tr className={table.row}>{children}</tr>;
}
