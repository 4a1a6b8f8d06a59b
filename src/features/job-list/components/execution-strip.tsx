import type { JobRef, JobSummaryExecution } from '@/api/types';
import { executionStatusShape } from '@/components/execution/execution-status-shape';
import { useTimeZone } from '@/components/time/time-zone-context';
import iconColors from '@/components/ui/icon.module.css';
import { EXECUTION_STATUSES, executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { formatDateTime } from '@/lib/time';
import styles from './execution-strip.module.css';

/**
 * Each shape a run may show, as a CSS mask made once from the paths the status chip draws: a run's link draws its
 * shape itself (`::before`) instead of holding an <svg> and a <path>, 500 elements on a page of 25 jobs that a page
 * change had to render, update and lay out again.
 */
function installShapes() {
  const icons = new Map(
    [...EXECUTION_STATUSES, undefined].map((status) => {
      const { icon } = executionStatusShape(status);
      return [icon.name, icon.path];
    }),
  );
  const rules = [...icons].map(([name, path]) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}"/></svg>`;
    return `.${styles.strip} a[data-shape="${name}"]::before{mask-image:url("data:image/svg+xml,${encodeURIComponent(svg)}")}`;
  });
  const sheet = document.createElement('style');
  sheet.textContent = rules.join('\n');
  document.head.append(sheet);
}
installShapes();

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
        const { icon, color } = executionStatusShape(run.status);
        return (
          // By position, as the table's rows: another page or a new run updates these links in place.
          <li key={position}>
            {/* The title names the link (its shape has no name) and shows it on hover: one attribute, not two, to
                write per link when the list's page turns. */}
            <a
              {...linkTo(paths.execution({ ...job, executionId: run.id }))}
              title={label}
              className={iconColors[color]}
              data-shape={icon.name}
            />
          </li>
        );
      })}
    </ol>
  );
}
