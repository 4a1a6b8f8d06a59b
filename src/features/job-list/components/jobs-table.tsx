import { memo, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { activeExecutionOf } from '@/api/jobs/job-summary';
import type { JobSummary } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ExecuteJobButton } from '@/components/job-actions/execute-job-button';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { Duration } from '@/components/time/duration';
import { SortableTableHead } from '@/components/table/sortable-table-head';
import { TruncatedText } from '@/components/table/truncated-text';
import { RelativeTime } from '@/components/time/relative-time';
import { useDelegatedLinks } from '@/components/routing/use-delegated-links';
import { classNames } from '@/components/ui/class-names';
import table from '@/components/ui/table.module.css';
import text from '@/components/ui/text.module.css';
import textLink from '@/components/ui/text-link.module.css';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import type { JobsSort } from '../model/jobs-search';
import { currentStatusOf, deploymentOf, deploymentStateOf, executionsOf, jobRefOf } from '../model/job-summary';
import { ExecutionStrip } from './execution-strip';
import { ContactsCell, DeploymentCell, ScheduleCell, SuccessRateCell } from './job-cells';
import type { JobColumn, JobColumnId } from './jobs-columns';
import styles from './jobs-table.module.css';

interface JobsTableProps {
  jobs: readonly JobSummary[];
  /** Team of the page; rows on the all-teams page carry their own. */
  team: string | undefined;
  columns: readonly JobColumn[];
  visible: ReadonlySet<JobColumnId>;
  sort: JobsSort;
  onSortChange: (sort: JobsSort) => void;
  /** Hover or focus on a job's link: warm its page up. */
  onPrefetch: (job: JobSummary) => void;
  /** Leaving for a job or an execution: remember where the list was. */
  onLeave: () => void;
  /** Dimmed while the next page loads over the previous one. */
  isStale?: boolean;
}

const ROW_LINK = 'data-job-link';
// Memoised by its status and message: rows are kept by position, and most places of the next page show the status
// they showed (nearly every job's last run succeeded), so their chips are skipped.
const StatusChip = memo(ExecutionStatusChip);
const TABLE = classNames(table.table, table.small);
const ROW = classNames(table.row, table.hover);
const CELL = table.cell;
// Plain anchors drawn as the kit's TextLink: a RouterLink each would cost every row its hooks.
const CAPTION = classNames(text.caption, text.textSecondary, styles.caption);
const JOB_LINK = classNames(textLink.link, styles.jobLink);
const TEAM_LINK = classNames(textLink.link, textLink.inherit);
const RIGHT_CELL = classNames(table.cell, table.numeric);

/** Up/Down move between the rows' job links, so a long list is walkable without tabbing through every cell. */
function handleRowKeys(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!target.hasAttribute(ROW_LINK)) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${ROW_LINK}]`)];
  const next = links[links.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function JobsTable({
  jobs,
  team,
  columns,
  visible,
  sort,
  onSortChange,
  onPrefetch,
  onLeave,
  isStale,
}: JobsTableProps) {
  const shown = useMemo(() => columns.filter((column) => visible.has(column.id)), [columns, visible]);
  // One click handler follows every link of the body (job, team, recent runs): a page of 100 jobs has 1,200 of them.
  const links = useDelegatedLinks(onLeave);
  return (
    <div className={classNames(table.container, styles.layer, isStale && styles.stale)}>
      <table className={TABLE} aria-label="Jobs" aria-busy={isStale || undefined}>
        <SortableTableHead
          columns={shown}
          sort={{ by: sort.field, direction: sort.direction }}
          firstDirection="asc"
          onSortChange={({ by, direction }) => onSortChange({ field: by, direction })}
        />
        {/* Delegation: the clicks and keys handled here are those of the real links inside. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onKeyDown={handleRowKeys} onClick={links.onClick}>
          {jobs.map((job, position) => (
            <JobRow
              // By position, not by job: the next page then updates the 25 rows' elements in place instead of
              // removing some 2,300 and creating as many again (a memoised row still skips an unchanged job).
              key={position}
              job={job}
              team={team}
              shown={shown}
              onPrefetch={onPrefetch}
              linkTo={links.linkProps}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface JobRowProps {
  job: JobSummary;
  team: string | undefined;
  shown: readonly JobColumn[];
  onPrefetch: (job: JobSummary) => void;
  /** A plain link's attributes, followed in the app by the body's click handler. */
  linkTo: (to: string) => { href: string };
}

/**
 * One job. Memoised: a refresh while executions run keeps the objects of unchanged jobs (TanStack
 * Query's structural sharing), so only the rows that changed render again.
 */
const JobRow = memo(function JobRow({ job, team, shown, onPrefetch, linkTo }: JobRowProps) {
  const ref = jobRefOf(job, team ?? '');
  const cells: Record<JobColumnId, () => ReactNode> = {
    name: () => (
      <TruncatedText
        text={ref.job}
        maxWidth={220}
        wrap={(line) => (
          <a
            {...linkTo(paths.job(ref))}
            {...{ [ROW_LINK]: '' }}
            className={JOB_LINK}
            onMouseEnter={() => onPrefetch(job)}
            onFocus={() => onPrefetch(job)}
          >
            {line}
          </a>
        )}
      />
    ),
    team: () => (
      <TruncatedText
        text={ref.team}
        maxWidth={140}
        wrap={(line) => (
          <a {...linkTo(paths.jobs({ team: ref.team }))} className={TEAM_LINK}>
            {line}
          </a>
        )}
      />
    ),
    description: () => <TruncatedText text={job.config?.description} maxWidth={200} />,
    deployment: () => <DeploymentCell state={deploymentStateOf(job)} />,
    last_status: () => {
      const { status, message } = currentStatusOf(job);
      return status ? <StatusChip status={status} message={message} /> : 'Never run';
    },
    last_run: () => <LastRunCell job={job} />,
    duration: () => <Duration seconds={deploymentOf(job)?.lastExecutionDuration} />,
    recent: () => <ExecutionStrip job={ref} executions={executionsOf(job)} linkTo={linkTo} />,
    success_rate: () => <SuccessRateCell job={job} />,
    schedule: () => <ScheduleCell job={job} />,
    python: () => deploymentOf(job)?.jobPythonVersion ?? '—',
    last_deployed: () => {
      const deployment = deploymentOf(job);
      if (!deployment) return '—';
      return (
        <>
          {deployment.lastDeployedBy ?? 'unknown'} · <RelativeTime value={deployment.lastDeployedDate} />
        </>
      );
    },
    contacts: () => <ContactsCell job={job} />,
    actions: () => <RowActions job={job} team={team} />,
  };
  return (
    <tr className={ROW}>
      {shown.map((column) => (
        <td key={column.id} className={column.align === 'right' ? RIGHT_CELL : CELL}>
          {cells[column.id]()}
        </td>
      ))}
    </tr>
  );
});

/**
 * When the last finished run ended, the very value the service sorts this column by (`deployments.lastExecutionTime`),
 * and how long it took. A run going on now, which the "Last status" chip shows, is the caption instead.
 */
function LastRunCell({ job }: { job: JobSummary }) {
  const active = activeExecutionOf(job);
  const deployment = deploymentOf(job);
  const caption = active ? (
    <>
      {executionStatusLabel(active.status)}
      {active.startTime ? (
        <>
          {' '}
          for <Duration start={active.startTime} />
        </>
      ) : (
        ' now'
      )}
    </>
  ) : deployment?.lastExecutionTime ? (
    <>
      took <Duration seconds={deployment.lastExecutionDuration} />
    </>
  ) : undefined;
  return (
    <>
      <RelativeTime value={deployment?.lastExecutionTime} />
      {caption && <span className={CAPTION}>{caption}</span>}
    </>
  );
}

function RowActions({ job, team }: { job: JobSummary; team: string | undefined }) {
  const ref = jobRefOf(job, team ?? '');
  const state = deploymentStateOf(job);
  const active = activeExecutionOf(job);
  const cannotStart =
    state === 'not_deployed'
      ? 'Not deployed: deploy the job before executing it.'
      : active
        ? `${executionStatusLabel(active.status)} now: the Control Service starts one execution at a time.`
        : undefined;
  return (
    <span className={styles.actions}>
      <ExecuteJobButton job={ref} compact disabledReason={cannotStart} />
      {state !== 'not_deployed' && <SetJobEnabledButton job={ref} enabled={state === 'enabled'} compact />}
    </span>
  );
}
