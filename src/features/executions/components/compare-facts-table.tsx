import DifferenceIcon from '@mui/icons-material/Difference';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Time } from '@/components/time/time';
import type { FactRow } from '../model/compare-facts';

function Value({ row, value }: { row: FactRow; value: string | undefined }) {
  if (row.kind === 'status') return <ExecutionStatusChip status={value} />;
  if (value === undefined) return <>{row.kind === 'arguments' ? 'Not known: not started from this browser' : '—'}</>;
  if (row.kind === 'time') return <Time value={value} />;
  return <>{value}</>;
}

/** Field by field, A beside B; a differing field says so in words and with an icon, and is tinted. */
export function CompareFactsTable({ rows, a, b }: { rows: FactRow[]; a: string; b: string }) {
  return (
    <Table size="small" aria-label="Differences between the two runs">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Field
          </TableCell>
          <TableCell component="th" scope="col" sx={{ overflowWrap: 'anywhere' }}>
            A: {a}
          </TableCell>
          <TableCell component="th" scope="col" sx={{ overflowWrap: 'anywhere' }}>
            B: {b}
          </TableCell>
          <TableCell component="th" scope="col">
            Same?
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.label} sx={row.differs ? { bgcolor: 'action.selected' } : undefined}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              <Value row={row} value={row.a} />
            </TableCell>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>
              <Value row={row} value={row.b} />
            </TableCell>
            <TableCell>
              {row.kind === 'arguments' && (row.a === undefined || row.b === undefined) ? (
                'Not known'
              ) : row.differs ? (
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                  <DifferenceIcon fontSize="small" aria-hidden /> Different
                </Box>
              ) : (
                'Same'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
