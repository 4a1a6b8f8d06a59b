import ScheduleIcon from '@mui/icons-material/Schedule';
import TouchAppIcon from '@mui/icons-material/TouchApp';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ExecutionOrderProperty } from '@/api/graphql/executions-query';
import type { ExecutionSummary, JobRef } from '@/api/types';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Hint } from '@/components/feedback/hint';
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

interface Column {
  label: string;
  sortBy?: ExecutionOrderProperty;
}

const COLUMNS: Column[] = [
  { label: 'Status', sortBy: 'status' },
  { label: 'Execution', sortBy: 'id' },
  { label: 'Type', sortBy: 'type' },
  { label: 'Start', sortBy: 'startTime' },
  { label: 'End', sortBy: 'endTime' },
  { label: 'Duration' },
  { label: 'Job version', sortBy: 'jobVersion' },
  { label: 'VDK version', sortBy: 'vdkVersion' },
  { label: 'Message', sortBy: 'message' },
  { label: 'Op id', sortBy: 'opId' },
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
  const toggleSort = (property: ExecutionOrderProperty) =>
    onSortChange({
      property,
      direction: sort.property === property && sort.direction === 'DESC' ? 'ASC' : 'DESC',
    });

  return (
    <Box>
      <TableContainer sx={{ opacity: isUpdating ? 0.7 : 1, transition: 'opacity 150ms' }}>
        <Table size="small" aria-label="Executions">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => {
                const isSorted = column.sortBy !== undefined && sort.property === column.sortBy;
                return (
                  <TableCell
                    key={column.label}
                    sortDirection={isSorted ? (sort.direction === 'DESC' ? 'desc' : 'asc') : false}
                    sx={{ whiteSpace: 'nowrap' }}
                  >
                    {column.sortBy ? (
                      <TableSortLabel
                        active={isSorted}
                        direction={isSorted && sort.direction === 'ASC' ? 'asc' : 'desc'}
                        onClick={() => toggleSort(column.sortBy!)}
                      >
                        {column.label}
                      </TableSortLabel>
                    ) : (
                      column.label
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
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
