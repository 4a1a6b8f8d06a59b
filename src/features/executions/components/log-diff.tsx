import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, type Ref } from 'react';
import { displayItems, MAX_CHANGED_LINES, type DisplayItem, type LogAlignment } from '../model/log-alignment';

/** Rows drawn at most: past this the page says how many more differences there are. */
const MAX_ITEMS = 2_000;

const mono = { fontFamily: 'monospace', fontSize: '0.8rem', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

interface LogDiffProps {
  alignment: LogAlignment;
  a: { id: string; lines: string[] };
  b: { id: string; lines: string[] };
}

const MARK = { 'only-a': 'Only in A', 'only-b': 'Only in B', same: '' } as const;

interface ItemRowProps extends Omit<LogDiffProps, 'alignment'> {
  item: DisplayItem;
  /** Set on the first difference, the target of "Jump to the first difference". */
  focusRef?: Ref<HTMLTableRowElement>;
}

function ItemRow({ item, a, b, focusRef }: ItemRowProps) {
  if (item.kind === 'gap') {
    return (
      <TableRow>
        <TableCell colSpan={5} sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
          {item.count.toLocaleString('en-US')} identical {item.count === 1 ? 'line' : 'lines'}
        </TableCell>
      </TableRow>
    );
  }
  const left = item.kind === 'only-b' ? undefined : item.a;
  const right = item.kind === 'only-a' ? undefined : item.b;
  return (
    <TableRow
      ref={focusRef}
      tabIndex={focusRef ? -1 : undefined}
      sx={item.kind === 'same' ? undefined : { bgcolor: 'action.selected' }}
    >
      <TableCell sx={{ ...mono, color: 'text.secondary' }}>{left === undefined ? '' : left + 1}</TableCell>
      <TableCell sx={mono}>{left === undefined ? '' : a.lines[left]}</TableCell>
      <TableCell sx={{ ...mono, color: 'text.secondary' }}>{right === undefined ? '' : right + 1}</TableCell>
      <TableCell sx={mono}>{right === undefined ? '' : b.lines[right]}</TableCell>
      <TableCell>{MARK[item.kind]}</TableCell>
    </TableRow>
  );
}

/** The two logs side by side: differences with a little context, identical stretches folded, a jump to the first. */
export function LogDiff({ alignment, a, b }: LogDiffProps) {
  const firstRef = useRef<HTMLTableRowElement>(null);
  const items = useMemo(() => (alignment.rows ? displayItems(alignment.rows) : []), [alignment.rows]);
  if (!alignment.rows) {
    return (
      <Alert severity="info">
        The logs differ in more than {MAX_CHANGED_LINES.toLocaleString('en-US')} lines: too different to align line by
        line. Open each run to read its log.
      </Alert>
    );
  }
  if (alignment.firstDivergence === undefined) {
    return <Alert severity="success">The two logs are the same, apart from timestamps and execution ids.</Alert>;
  }
  const first = alignment.rows[alignment.firstDivergence]!;
  const shown = items.slice(0, MAX_ITEMS);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">
          {alignment.changed.toLocaleString('en-US')} {alignment.changed === 1 ? 'line differs' : 'lines differ'}{' '}
          (timestamps and execution ids ignored). The first difference is at line{' '}
          {first.kind === 'only-b' ? `${first.b + 1} of B` : `${first.a + 1} of A`}.
        </Typography>
        <Button
          size="small"
          onClick={() => {
            firstRef.current?.scrollIntoView({ block: 'center' });
            firstRef.current?.focus();
          }}
        >
          Jump to the first difference
        </Button>
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Log lines of A and B aligned">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Line
              </TableCell>
              <TableCell component="th" scope="col" sx={{ overflowWrap: 'anywhere' }}>
                A: {a.id}
              </TableCell>
              <TableCell component="th" scope="col">
                Line
              </TableCell>
              <TableCell component="th" scope="col" sx={{ overflowWrap: 'anywhere' }}>
                B: {b.id}
              </TableCell>
              <TableCell component="th" scope="col">
                Difference
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((item, index) => (
              <ItemRow
                key={item.kind === 'gap' ? `gap-${item.at}` : index}
                item={item}
                a={a}
                b={b}
                focusRef={item === first ? firstRef : undefined}
              />
            ))}
          </TableBody>
        </Table>
      </Box>
      {items.length > MAX_ITEMS && (
        <Alert severity="info">
          Showing the first {MAX_ITEMS.toLocaleString('en-US')} rows of the comparison; open each run for the rest.
        </Alert>
      )}
    </Stack>
  );
}
