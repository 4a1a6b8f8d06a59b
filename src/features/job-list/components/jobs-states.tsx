import { classNames } from '@/components/ui/class-names';
import table from '@/components/ui/table.module.css';
import styles from './jobs-states.module.css';

const SKELETON_ROWS = 8;

/** The table's shape while the first page loads, so the page does not jump when it arrives. */
export function JobsTableSkeleton({ columns }: { columns: number }) {
  return (
    <table className={classNames(table.table, table.small)} aria-label="Loading jobs" aria-busy>
      <tbody>
        {Array.from({ length: SKELETON_ROWS }, (_, row) => (
          <tr key={row}>
            {Array.from({ length: columns }, (_, column) => (
              <td key={column} className={table.cell}>
                <div className={styles.bar} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
