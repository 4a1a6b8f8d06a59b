import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import { memo, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { activeExecutionOf } from '@/api/jobs/job-summary';
import type { JobSummary } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { ExecuteJobButton } from '@/components/job-actions/execute-job-button';
import { SetJobEnabledButton } from '@/components/job-actions/set-job-enabled-button';
import { Duration } from '@/components/time/duration';
import { SortableTableHead } from '@/components/table/sortable-table-head';
import { TruncatedText } from '@/components/table/truncated-text';
import { RelativeTime } from '@/components/time/relative-time';
import { executionStatusLabel } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import type { JobsSort } from '../model/jobs-search';
import { currentStatusOf, deploymentOf, deploymentStateOf, executionsOf, jobRefOf } from '../model/job-summary';
import { ExecutionStrip } from './execution-strip';
import { ContactsCell, DeploymentCell, ScheduleCell, SuccessRateCell } from './job-cells';
import type { JobColumn, JobColumnId } from './jobs-columns';

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
  return (
    <TableContainer sx={{ opacity: isStale ? 0.6 : 1, transition: 'opacity 150ms' }}>
      <Table size="small" aria-label="Jobs" aria-busy={isStale || undefined}>
        <SortableTableHead
          columns={shown}
          sort={{ by: sort.field, direction: sort.direction }}
          firstDirection="asc"
          onSortChange={({ by, direction }) => onSortChange({ field: by, direction })}
        />
        <TableBody onKeyDown={handleRowKeys}>
          {jobs.map((job) => (
            <JobRow
              key={`${job.config?.team ?? team}/${job.jobName}`}
              job={job}
              team={team}
              shown={shown}
              onPrefetch={onPrefetch}
              onLeave={onLeave}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

interface JobRowProps {
  job: JobSummary;
  team: string | undefined;
  shown: readonly JobColumn[];
  onPrefetch: (job: JobSummary) => void;
  onLeave: () => void;
}

/**
 * One job. Memoised: a refresh while executions run keeps the objects of unchanged jobs (TanStack
 * Query's structural sharing), so only the rows that changed render again.
 */
const JobRow = memo(function JobRow({ job, team, shown, onPrefetch, onLeave }: JobRowProps) {
  const ref = jobRefOf(job, team ?? '');
  const cells: Record<JobColumnId, () => ReactNode> = {
    name: () => (
      <TruncatedText
        text={ref.job}
        maxWidth={220}
        wrap={(line) => (
          <Link
            component={RouterLink}
            to={paths.job(ref)}
            {...{ [ROW_LINK]: '' }}
            onMouseEnter={() => onPrefetch(job)}
            onFocus={() => onPrefetch(job)}
            onClick={onLeave}
            sx={{ fontWeight: 500 }}
          >
            {line}
          </Link>
        )}
      />
    ),
    team: () => (
      <TruncatedText
        text={ref.team}
        maxWidth={140}
        wrap={(line) => (
          <Link component={RouterLink} to={paths.jobs({ team: ref.team })} color="inherit">
            {line}
          </Link>
        )}
      />
    ),
    description: () => <TruncatedText text={job.config?.description} maxWidth={200} />,
    deployment: () => <DeploymentCell job={job} />,
    last_status: () => {
      const { status, message } = currentStatusOf(job);
      return status ? <ExecutionStatusChip status={status} message={message} /> : 'Never run';
    },
    last_run: () => <LastRunCell job={job} />,
    duration: () => <Duration seconds={deploymentOf(job)?.lastExecutionDuration} />,
    recent: () => <ExecutionStrip job={ref} executions={executionsOf(job)} onOpen={onLeave} />,
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
    <TableRow hover>
      {shown.map((column) => (
        <TableCell key={column.id} align={column.align}>
          {cells[column.id]()}
        </TableCell>
      ))}
    </TableRow>
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
      {caption && <Box sx={{ typography: 'caption', color: 'text.secondary', whiteSpace: 'nowrap' }}>{caption}</Box>}
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
    <span style={{ display: 'inline-flex', whiteSpace: 'nowrap' }}>
      <ExecuteJobButton job={ref} compact disabledReason={cannotStart} />
      {state !== 'not_deployed' && <SetJobEnabledButton job={ref} enabled={state === 'enabled'} compact />}
    </span>
  );
}
