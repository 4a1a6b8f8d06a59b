import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { emptyRow, type KeyValueRow, type RowProblem, type ValueKind } from '../model/key-values';
import type { Noun } from '@/lib/words';

const KINDS: { kind: ValueKind; label: string }[] = [
  { kind: 'string', label: 'Text' },
  { kind: 'number', label: 'Number' },
  { kind: 'boolean', label: 'Boolean' },
  { kind: 'json', label: 'JSON' },
  { kind: 'null', label: 'Null' },
];

interface KeyValueRowsProps {
  rows: KeyValueRow[];
  problems: Map<string, RowProblem>;
  onChange: (rows: KeyValueRow[]) => void;
  /** Secrets: values typed into password fields. */
  hideValues: boolean;
  /** "property" / "secret" and their plurals, for labels. */
  noun: Noun;
}

function ValueInput({
  row,
  problem,
  hideValues,
  update,
  position,
}: {
  row: KeyValueRow;
  problem: RowProblem | undefined;
  hideValues: boolean;
  update: (patch: Partial<KeyValueRow>) => void;
  position: number;
}) {
  const label = `Value ${position}`;
  if (row.kind === 'null') return <TextField label={label} value="null" disabled sx={{ flex: 2 }} />;
  if (row.kind === 'boolean') {
    return (
      <TextField
        select
        label={label}
        value={row.text}
        onChange={(e) => update({ text: e.target.value })}
        error={!!problem?.value}
        helperText={problem?.value}
        sx={{ flex: 2 }}
      >
        <MenuItem value="true">true</MenuItem>
        <MenuItem value="false">false</MenuItem>
      </TextField>
    );
  }
  const masked = hideValues && row.kind !== 'json';
  return (
    <TextField
      label={label}
      value={row.text}
      type={masked ? 'password' : 'text'}
      onChange={(e) => update({ text: e.target.value })}
      error={!!problem?.value}
      helperText={problem?.value}
      multiline={row.kind === 'json'}
      minRows={row.kind === 'json' ? 2 : undefined}
      autoComplete="off"
      slotProps={{ htmlInput: { spellCheck: false } }}
      sx={{ flex: 2, '& textarea, & input': { fontFamily: row.kind === 'string' ? undefined : 'monospace' } }}
    />
  );
}

/** The rows of a key/value editor: key, value type, value, remove; and "Add". */
export function KeyValueRows({ rows, problems, onChange, hideValues, noun }: KeyValueRowsProps) {
  const update = (id: string, patch: Partial<KeyValueRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const changeKind = (row: KeyValueRow, kind: ValueKind) => {
    const text = kind === 'boolean' ? (row.text === 'false' ? 'false' : 'true') : kind === 'null' ? '' : row.text;
    update(row.id, { kind, text });
  };
  return (
    <Stack spacing={2}>
      {rows.length === 0 && <Typography color="text.secondary">No {noun.other}. Saving now stores none.</Typography>}
      {rows.map((row, index) => {
        const problem = problems.get(row.id);
        const position = index + 1;
        return (
          <Stack key={row.id} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={`Key ${position}`}
              value={row.key}
              onChange={(e) => update(row.id, { key: e.target.value })}
              error={!!problem?.key}
              helperText={problem?.key}
              autoComplete="off"
              slotProps={{ htmlInput: { spellCheck: false } }}
              sx={{ flex: 1 }}
            />
            <TextField
              select
              label={`Type ${position}`}
              value={row.kind}
              onChange={(e) => changeKind(row, e.target.value as ValueKind)}
              sx={{ width: 130 }}
            >
              {KINDS.map(({ kind, label }) => (
                <MenuItem key={kind} value={kind}>
                  {label}
                </MenuItem>
              ))}
            </TextField>
            <ValueInput
              row={row}
              problem={problem}
              hideValues={hideValues}
              update={(patch) => update(row.id, patch)}
              position={position}
            />
            <IconButton
              aria-label={`Remove ${noun.one} ${row.key || position}`}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              <DeleteOutlineIcon />
            </IconButton>
          </Stack>
        );
      })}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...rows, emptyRow()])}>
          Add {noun.one}
        </Button>
      </div>
    </Stack>
  );
}
