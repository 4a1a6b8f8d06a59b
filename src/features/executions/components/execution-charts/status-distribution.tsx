import { statusColor } from '@/components/execution/status-colors';
import { executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { formatNumber } from '@/lib/words';
import styles from './duration-chart.module.css';

interface StatusDistributionProps {
  counts: { status: ExecutionStatus; count: number }[];
}

/** Room after the longest bar for its count. */
const COUNT_ROOM = '4.5em';

/** How many executions ended (or are) in each status: each bar beside its status's name and its count. */
export function StatusDistribution({ counts }: StatusDistributionProps) {
  const most = Math.max(1, ...counts.map(({ count }) => count));
  return (
    <ul className={styles.bars}>
      {counts.map(({ status, count }) => (
        <li key={status} className={styles.barRow}>
          <span>{executionStatusLabel(status)}</span>
          <span className={styles.barTrack}>
            <span
              className={styles.bar}
              style={{
                width: `calc((100% - ${COUNT_ROOM}) * ${count / most})`,
                backgroundColor: statusColor(status),
              }}
            />
            <span>{formatNumber(count)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
