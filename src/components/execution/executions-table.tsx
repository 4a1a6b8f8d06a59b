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
import { Link as RouterLink } from 'react-router';
import type { ExecutionOrder, ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Hint } from '@/components/feedback/hint';
import { SortableTableHead, type SortableColumn } from '@/components/table/sortable-table-head';
import { Duration } from '@/components/time/duration';
import { Time } from '@/components/time/time';
import { shortVersion } from '@/lib/job-version';
import { paths } from '@/lib/paths';
import { CancelExecutionButton } from './cancel-execution-button';

/** Rows ticked for an action on several executions (cancel them together). */
export interface RowSelection {
  selected: ReadonlySet<string>;
  onToggle: (row: ExecutionSummary) => void;
  /** Rows that can take part (e.g. only active ones can be cancelled); the others get no checkbox. */
  isSelectable: (row: ExecutionSummary) => boolean;
}

interface ExecutionsTableProps {
  /** The job a row belongs to; undefined when its team is not known (no links, no cancel). */
  jobOf: (row: ExecutionSummary) => JobRef | undefined;
  /** Adds a Job column (the runs page lists several jobs). */
  showJob?: boolean;
  rows: ExecutionSummary[];
  sort: ExecutionOrder;
  onSortChange: (sort: ExecutionOrder) => void;
  selection?: RowSelection;
  /** Rendered in the body when there are no rows. */
  empty: ReactNode;
  isUpdating: boolean;
}

const JOB_COLUMN: SortableColumn<ExecutionOrderProperty> = { id: 'job', label: 'Job', sortBy: 'jobName' };
const SELECT_COLUMN: SortableColumn<ExecutionOrderProperty> = { id: 'select', label: 'Select' };
const ACTIONS_COLUMN: SortableColumn<ExecutionOrderProperty> = { id: 'actions', label: 'Actions' };
const COLUMNS: SortableColumn<ExecutionOrderProperty>[] = [
  { id: 'status', label: 'Status', sortBy: 'status' },
  { id: 'execution', label: 'Execution', sortBy: 'id' },
  { id: 'type', label: 'Type', sortBy: 'type' },
  { id: 'start', label: 'Start', sortBy: 'startTime' },
  { id: 'end', label: 'End', sortBy: 'endTime' },
  { id: 'duration', label: 'Duration' },
  { id: 'job_version', label: 'Job version', sortBy: 'jobVersion' },
  { id: 'vdk_version', label: 'VDK version', sortBy: 'vdkVersion' },
  { id: 'message', label: 'Message', sortBy: 'message' },
  { id: 'op_id', label: 'Op id', sortBy: 'opId' },
];

function TypeCell({ row }: { row: ExecutionSummary }) {
  const isScheduled = row.type?.toLowerCase() === 'scheduled';
  const Icon = isScheduled ? ScheduleIcon : TouchAppIcon;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 170 }}>
      <Icon fontSize="small" color="action" aria-hidden />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2">{row.type ? (isScheduled ? 'Scheduled' : 'Manual') : '—'}</Typography>
        {row.startedBy && (
          <Typography variant="caption" color="text.secondary" component="div">
            <Truncated text={`by ${row.startedBy}`} width={200} />
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function Truncated({ text, width }: { text: string | null | undefined; width: number }) {
  if (!text) return <>—</>;
  const content = (
    <Box
      component="span"
      sx={{ display: 'block', maxWidth: width, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    >
      {text}
    </Box>
  );
  // Roughly 7 px per character: only text that may be cut gets the full-text hint.
  return text.length * 7 > width ? <Hint title={text}>{content}</Hint> : content;
}

/**
 * One page of executions, ordered by the service: a job's history, or the runs page across jobs. Sorting and paging
 * go back to the service, so 10,000+ executions cost one page of rows. Active rows can be cancelled from the row.
 */
export function ExecutionsTable(props: ExecutionsTableProps) {
  const { jobOf, showJob = false, rows, sort, onSortChange, selection, empty, isUpdating } = props;
  const columns = [
    ...(selection ? [SELECT_COLUMN] : []),
    COLUMNS[0]!,
    ...(showJob ? [JOB_COLUMN] : []),
    ...COLUMNS.slice(1),
    ACTIONS_COLUMN,
  ];
  return (
    <Box>
      <TableContainer sx={{ opacity: isUpdating ? 0.7 : 1, transition: 'opacity 150ms' }}>
        <Table size="small" aria-label="Executions">
          <SortableTableHead
            columns={columns}
            sort={{ by: sort.property, direction: sort.direction === 'ASC' ? 'asc' : 'desc' }}
            firstDirection="desc"
            onSortChange={({ by, direction }) =>
              onSortChange({ property: by, direction: direction === 'asc' ? 'ASC' : 'DESC' })
            }
          />
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={columns.length}>{empty}</TableCell>
              </TableRow>
            ) : (
              rows.map((row) => {
                const jobRef = jobOf(row);
                return (
                  <TableRow key={row.id} hover selected={row.id ? selection?.selected.has(row.id) : false}>
                    {selection && (
                      <TableCell padding="checkbox">
                        {row.id && selection.isSelectable(row) && (
                          <Checkbox
                            size="small"
                            checked={selection.selected.has(row.id)}
                            onChange={() => selection.onToggle(row)}
                            slotProps={{ input: { 'aria-label': `Select execution ${row.id}` } }}
                          />
                        )}
                      </TableCell>
                    )}
                    <TableCell>
                      <ExecutionStatusChip status={row.status} message={row.message} />
                    </TableCell>
                    {showJob && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {jobRef ? (
                          <Link component={RouterLink} to={paths.job(jobRef)}>
                            {jobRef.job}
                          </Link>
                        ) : (
                          (row.jobName ?? '—')
                        )}
                      </TableCell>
                    )}
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {row.id && jobRef ? (
                        <Link component={RouterLink} to={paths.execution({ ...jobRef, executionId: row.id })}>
                          {row.id}
                        </Link>
                      ) : (
                        (row.id ?? '—')
                      )}
                    </TableCell>
                    <TableCell>
                      <TypeCell row={row} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Time value={row.startTime} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Time value={row.endTime} fallback="Not finished" />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {row.startTime ? <Duration start={row.startTime} end={row.endTime} /> : '—'}
                    </TableCell>
                    <TableCell>
                      <Box component="code" title={row.deployment?.jobVersion ?? undefined}>
                        {shortVersion(row.deployment?.jobVersion)}
                      </Box>
                    </TableCell>
                    <TableCell>{row.deployment?.vdkVersion ?? '—'}</TableCell>
                    <TableCell>
                      <Truncated text={row.message} width={240} />
                    </TableCell>
                    <TableCell>
                      <Truncated text={row.opId} width={140} />
                    </TableCell>
                    <TableCell>
                      {row.id && jobRef && (
                        <CancelExecutionButton executionRef={{ ...jobRef, executionId: row.id }} status={row.status} />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
