import ScheduleIcon from '@mui/icons-material/Schedule';
import TouchAppIcon from '@mui/icons-material/TouchApp';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Hint } from '@/components/feedback/hint';
import { SortableTableHead, type SortableColumn } from '@/components/table/sortable-table-head';
import { Duration } from '@/components/time/duration';
import { Time } from '@/components/time/time';
import { paths } from '@/lib/paths';
import { shortVersion } from '../model/deployment-markers';
import { PAGE_SIZES, type ExecutionsSort } from '../model/executions-search';

interface ExecutionsTableProps {
  jobRef: JobRef;
  rows: ExecutionSummary[];
  totalItems: number;
  page: number;
  pageSize: number;
  sort: ExecutionsSort;
  onSortChange: (sort: ExecutionsSort) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  /** Rendered in the body when there are no rows. */
  empty: ReactNode;
  isUpdating: boolean;
}

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
 * One page of executions, ordered by the service. Sorting and paging go back to the service,
 * so a job with 10,000+ executions costs one page of rows.
 */
export function ExecutionsTable(props: ExecutionsTableProps) {
  const { jobRef, rows, totalItems, page, pageSize, sort, onSortChange, empty, isUpdating } = props;
  return (
    <Box>
      <TableContainer sx={{ opacity: isUpdating ? 0.7 : 1, transition: 'opacity 150ms' }}>
        <Table size="small" aria-label="Executions">
          <SortableTableHead
            columns={COLUMNS}
            sort={{ by: sort.property, direction: sort.direction === 'ASC' ? 'asc' : 'desc' }}
            firstDirection="desc"
            onSortChange={({ by, direction }) =>
              onSortChange({ property: by, direction: direction === 'asc' ? 'ASC' : 'DESC' })
            }
          />
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={COLUMNS.length}>{empty}</TableCell>
              </TableRow>
            ) : (
              rows.map((row) => (
                <TableRow key={row.id} hover>
                  <TableCell>
                    <ExecutionStatusChip status={row.status} message={row.message} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {row.id ? (
                      <Link component={RouterLink} to={paths.execution({ ...jobRef, executionId: row.id })}>
                        {row.id}
                      </Link>
                    ) : (
                      '—'
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
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={totalItems}
        // A page past the end (an old link) is shown as empty above; the pager stays on a real page.
        page={Math.min(Math.max(0, page - 1), Math.max(0, Math.ceil(totalItems / pageSize) - 1))}
        rowsPerPage={pageSize}
        rowsPerPageOptions={[...PAGE_SIZES]}
        onPageChange={(_, next) => props.onPageChange(next + 1)}
        onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
      />
    </Box>
  );
}
