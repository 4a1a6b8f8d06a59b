import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, type ReactNode } from 'react';
import { useTimeZone } from '@/components/time/time-zone-context';
import { EXECUTION_STATUSES, executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { timeZoneLabel } from '@/lib/time';
import { PRESET_LABELS, rangeBounds, TIME_PRESETS, type TimePreset, type TimeRange } from '@/lib/time-range';
import { fromLocalInputValue, toLocalInputValue } from '@/lib/zoned-input';
import { hasFilters, NO_FILTERS, type ExecutionFilters } from './execution-filters';

interface ExecutionsFiltersProps {
  search: ExecutionFilters;
  onChange: (patch: Partial<ExecutionFilters>) => void;
  /** More fields of the page's own (job name, started by), placed before Clear filters. */
  children?: ReactNode;
  /** Whether those fields narrow the list too (for Clear filters). */
  hasMoreFilters?: boolean;
  /** Clears those fields as well; by default Clear filters resets status, type and time. */
  onClear?: () => void;
}

type RangeChoice = 'all' | 'custom' | TimePreset;

function rangeChoice(range: TimeRange): RangeChoice {
  if (range.kind === 'preset') return range.preset;
  return range.kind;
}

function choiceToRange(choice: string, current: TimeRange): TimeRange {
  if (choice === 'custom') {
    if (current.kind === 'custom') return current;
    // Start the custom range from what was shown, so switching does not jump to "everything".
    const from = rangeBounds(current).startedAfter ?? new Date(Date.now() - 24 * 3_600_000).toISOString();
    return { kind: 'custom', from };
  }
  const preset = TIME_PRESETS.find((candidate) => candidate === choice);
  return preset ? { kind: 'preset', preset } : { kind: 'all' };
}

/** Status (several), type and start-time range; every change lands in the URL. */
export function ExecutionsFilters(props: ExecutionsFiltersProps) {
  const { search, onChange, children, hasMoreFilters = false, onClear = () => onChange(NO_FILTERS) } = props;
  const { timeZone } = useTimeZone();
  const statusLabelId = useId();
  const typeLabelId = useId();
  const rangeLabelId = useId();
  const zone = timeZoneLabel(timeZone);
  const { range } = search;

  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <FormControl size="small" sx={{ minWidth: 200 }}>
        {/* Always shrunk: the empty selection reads "All statuses". */}
        <InputLabel id={statusLabelId} shrink>
          Status
        </InputLabel>
        <Select<ExecutionStatus[]>
          labelId={statusLabelId}
          label="Status"
          notched
          multiple
          value={search.statuses}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ statuses: (typeof value === 'string' ? value.split(',') : value) as ExecutionStatus[] });
          }}
          renderValue={(selected) =>
            selected.length === 0 ? 'All statuses' : selected.map((status) => executionStatusLabel(status)).join(', ')
          }
          displayEmpty
        >
          {EXECUTION_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              <Checkbox size="small" checked={search.statuses.includes(status)} sx={{ p: 0.5, mr: 1 }} />
              <ListItemText primary={executionStatusLabel(status)} />
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 150 }}>
        <InputLabel id={typeLabelId}>Type</InputLabel>
        <Select
          labelId={typeLabelId}
          label="Type"
          value={search.type ?? 'all'}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ type: value === 'all' ? undefined : value });
          }}
        >
          <MenuItem value="all">All types</MenuItem>
          <MenuItem value="manual">Manual</MenuItem>
          <MenuItem value="scheduled">Scheduled</MenuItem>
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ minWidth: 170 }}>
        <InputLabel id={rangeLabelId}>Time range</InputLabel>
        <Select
          labelId={rangeLabelId}
          label="Time range"
          value={rangeChoice(range)}
          onChange={(event) => onChange({ range: choiceToRange(event.target.value, range) })}
        >
          <MenuItem value="all">All time</MenuItem>
          {TIME_PRESETS.map((preset) => (
            <MenuItem key={preset} value={preset}>
              {PRESET_LABELS[preset]}
            </MenuItem>
          ))}
          <MenuItem value="custom">Custom range</MenuItem>
        </Select>
      </FormControl>
      {range.kind === 'custom' && (
        <>
          <TextField
            size="small"
            type="datetime-local"
            label={`Started from (${zone})`}
            value={toLocalInputValue(range.from, timeZone)}
            onChange={(event) =>
              onChange({ range: { ...range, from: fromLocalInputValue(event.target.value, timeZone) } })
            }
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            type="datetime-local"
            label={`Started until (${zone})`}
            value={toLocalInputValue(range.to, timeZone)}
            onChange={(event) =>
              onChange({ range: { ...range, to: fromLocalInputValue(event.target.value, timeZone) } })
            }
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </>
      )}
      {children}
      {(hasFilters(search) || hasMoreFilters) && (
        <Button size="small" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Stack>
  );
}
