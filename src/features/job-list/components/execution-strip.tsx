import type { JobRef, JobSummaryExecution } from '@/api/types';
import { executionStatusGlyph } from '@/components/execution/execution-status-look';
import { useTimeZone } from '@/components/time/time-zone-context';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { formatDateTime } from '@/lib/time';
import styles from './execution-strip.module.css';

interface ExecutionStripProps {
  job: JobRef;
  /** Newest first, as the query returns them. */
  executions: readonly (JobSummaryExecution | null)[];
  /** A plain link's attributes; the table's body follows these links in the app (useDelegatedLinks). */
  linkTo: (to: string) => { href: string };
}

/**
 * The last executions, oldest to newest (left to right, like a timeline). Each is a link to the
 * execution, its status told by shape, colour and an accessible name with the start time.
 */
export function ExecutionStrip({ job, executions, linkTo }: ExecutionStripProps) {
  const { timeZone } = useTimeZone();
  const runs = executions.filter((run): run is JobSummaryExecution & { id: string } => !!run?.id).reverse();
  if (runs.length === 0) return <>—</>;
  // Plain elements and plain links: a page of 100 jobs has 1,000 of them.
  return (
    <ol className={styles.strip} aria-label="Recent executions, oldest first">
      {runs.map((run, position) => {
        const started = formatDateTime(run.startTime, timeZone, { seconds: false });
        const label = `${executionStatusLabel(run.status)}${started ? `, started ${started}` : ''}`;
        return (
          // By position, as the table's rows: another page or a new run updates these links in place.
          <li key={position}>
            {/* The title names the link (its icon has no name) and shows it on hover: one attribute, not two, to
                write per link when the list's page turns. */}
            <a {...linkTo(paths.execution({ ...job, executionId: run.id }))} title={label}>
              {executionStatusGlyph(run.status)}
            </a>
          </li>
        );
      })}
    </ol>
  );
}
