import ScheduleIcon from '@mui/icons-material/Schedule';
import TouchAppIcon from '@mui/icons-material/TouchApp';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import type { ExecutionOrder, ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { SortableTableHead, type SortableColumn } from '@/components/table/sortable-table-head';
import { TruncatedText } from '@/components/table/truncated-text';
import { Duration } from '@/components/time/duration';
import { Time } from '@/components/time/time';
import { shortVersion } from '@/lib/job-version';
import { paths } from '@/lib/paths';
import { CancelExecutionButton } from './cancel-execution-button';
import type { ExecutionColumn, ExecutionColumnId } from './execution-columns';

/** Rows ticked for an action on several executions (cancel them together, compare two). */
export interface RowSelection {
  selected: ReadonlySet<string>;
  onToggle: (row: ExecutionSummary) => void;
  /** Rows that can take part (e.g. only active ones can be cancelled); the others get no checkbox. */
  isSelectable: (row: ExecutionSummary) => boolean;
}

interface ExecutionsTableProps {
  /** The job a row belongs to; undefined when its team is not known (no links, no cancel). */
  jobOf: (row: ExecutionSummary) => JobRef | undefined;
  /** From `executionColumns`, with the ones shown (`useTableColumns`). */
  columns: readonly ExecutionColumn[];
  visible: ReadonlySet<ExecutionColumnId>;
  rows: ExecutionSummary[];
  sort: ExecutionOrder;
  onSortChange: (sort: ExecutionOrder) => void;
  selection?: RowSelection;
  /** Rendered in the body when there are no rows. */
  empty: ReactNode;
  isUpdating: boolean;
}

const SELECT_COLUMN: SortableColumn<ExecutionOrderProperty> = { id: 'select', label: 'Select' };

function TypeCell({ row }: { row: ExecutionSummary }) {
  const isScheduled = row.type?.toLowerCase() === 'scheduled';
  const Icon = isScheduled ? ScheduleIcon : TouchAppIcon;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Icon fontSize="small" color="action" aria-hidden />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2">{row.type ? (isScheduled ? 'Scheduled' : 'Manual') : '—'}</Typography>
        {row.startedBy && (
          <Typography variant="caption" color="text.secondary" component="div">
            <TruncatedText text={`by ${row.startedBy}`} maxWidth={140} />
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function ExecutionCells({
  row,
  jobRef,
  shown,
}: {
  row: ExecutionSummary;
  jobRef: JobRef | undefined;
  shown: readonly ExecutionColumn[];
}) {
  const cells: Record<ExecutionColumnId, () => ReactNode> = {
    status: () => <ExecutionStatusChip status={row.status} message={row.message} />,
    job: () =>
      jobRef ? (
        <TruncatedText
          text={jobRef.job}
          maxWidth={160}
          wrap={(line) => (
            <Link component={RouterLink} to={paths.job(jobRef)}>
              {line}
            </Link>
          )}
        />
      ) : (
        <TruncatedText text={row.jobName} maxWidth={160} />
      ),
    execution: () =>
      row.id && jobRef ? (
        <TruncatedText
          text={row.id}
          maxWidth={200}
          cut="start"
          wrap={(line) => (
            <Link component={RouterLink} to={paths.execution({ ...jobRef, executionId: row.id! })}>
              {line}
            </Link>
          )}
        />
      ) : (
        <TruncatedText text={row.id} maxWidth={200} cut="start" />
      ),
    type: () => <TypeCell row={row} />,
    start: () => <Time value={row.startTime} />,
    end: () => <Time value={row.endTime} fallback="Not finished" />,
    duration: () => (row.startTime ? <Duration start={row.startTime} end={row.endTime} /> : '—'),
    job_version: () => (
      <Box component="code" title={row.deployment?.jobVersion ?? undefined}>
        {shortVersion(row.deployment?.jobVersion)}
      </Box>
    ),
    vdk_version: () => <TruncatedText text={row.deployment?.vdkVersion} maxWidth={120} />,
    message: () => <TruncatedText text={row.message} maxWidth={220} />,
    op_id: () => <TruncatedText text={row.opId} maxWidth={140} cut="start" />,
    actions: () =>
      row.id &&
      jobRef && <CancelExecutionButton executionRef={{ ...jobRef, executionId: row.id }} status={row.status} />,
  };
  const noWrap = new Set<ExecutionColumnId>(['start', 'end', 'duration']);
  return shown.map((column) => (
    <TableCell key={column.id} sx={noWrap.has(column.id) ? { whiteSpace: 'nowrap' } : undefined}>
      {cells[column.id]()}
    </TableCell>
  ));
}

/**
 * One page of executions, ordered by the service: a job's history, or the runs page across jobs. Sorting and paging
 * go back to the service, so 10,000+ executions cost one page of rows. Active rows can be cancelled from the row.
 * Long names, ids and messages are cut to one line (whole on hover and focus), so the table fits the screen.
 */
export function ExecutionsTable(props: ExecutionsTableProps) {
  const { jobOf, columns, visible, rows, sort, onSortChange, selection, empty, isUpdating } = props;
  const shown = columns.filter((column) => visible.has(column.id));
  const headers = [...(selection ? [SELECT_COLUMN] : []), ...shown];
  return (
    <Box>
      <TableContainer sx={{ opacity: isUpdating ? 0.7 : 1, transition: 'opacity 150ms' }}>
        <Table size="small" aria-label="Executions">
          <SortableTableHead
            columns={headers}
            sort={{ by: sort.property, direction: sort.direction === 'ASC' ? 'asc' : 'desc' }}
            firstDirection="desc"
            onSortChange={({ by, direction }) =>
              onSortChange({ property: by, direction: direction === 'asc' ? 'ASC' : 'DESC' })
            }
          />
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={headers.length}>{empty}</TableCell>
              </TableRow>
            ) : (
              rows.map((row) => (
                <TableRow key={row.id} hover selected={row.id ? selection?.selected.has(row.id) : false}>
                  {selection && (
                    <TableCell padding="checkbox">
                      {row.id && selection.isSelectable(row) && (
                        <Checkbox
                          size="small"
                          checked={selection.selected.has(row.id)}
                          onChange={() => selection.onToggle(row)}
                          slotProps={{ input: { 'aria-label': `Select run ${row.id}` } }}
                        />
                      )}
                    </TableCell>
                  )}
                  <ExecutionCells row={row} jobRef={jobOf(row)} shown={shown} />
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
