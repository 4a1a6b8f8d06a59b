import type { ReactNode } from 'react';
import { ChecklistFilterMenu } from '@/components/menu/checklist-filter-menu';
import { FilterMenu, type FilterOption } from '@/components/menu/filter-menu';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/text-input';
import { useTimeZone } from '@/components/time/time-zone-context';
import { EXECUTION_STATUSES, executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { timeZoneLabel } from '@/lib/time';
import { PRESET_LABELS, rangeBounds, TIME_PRESETS, type TimePreset, type TimeRange } from '@/lib/time-range';
import { fromLocalInputValue, toLocalInputValue } from '@/lib/zoned-input';
import { hasFilters, NO_FILTERS, type ExecutionFilters } from './execution-filters';
import styles from './executions-filters.module.css';

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

const STATUS_OPTIONS: FilterOption<ExecutionStatus>[] = EXECUTION_STATUSES.map((status) => ({
  value: status,
  label: executionStatusLabel(status),
}));
const TYPE_OPTIONS: FilterOption<'all' | 'manual' | 'scheduled'>[] = [
  { value: 'all', label: 'All types' },
  { value: 'manual', label: 'Manual' },
  { value: 'scheduled', label: 'Scheduled' },
];
const RANGE_OPTIONS: FilterOption<RangeChoice>[] = [
  { value: 'all', label: 'All time' },
  ...TIME_PRESETS.map((preset) => ({ value: preset, label: PRESET_LABELS[preset] })),
  { value: 'custom', label: 'Custom range' },
];

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
  const zone = timeZoneLabel(timeZone);
  const { range } = search;

  return (
    <div className={styles.bar}>
      <ChecklistFilterMenu
        label="Status"
        options={STATUS_OPTIONS}
        value={search.statuses}
        onChange={(statuses) => onChange({ statuses })}
        noneChosen="All statuses"
      />
      <FilterMenu
        label="Type"
        options={TYPE_OPTIONS}
        value={search.type ?? 'all'}
        onChange={(type) => onChange({ type: type === 'all' ? undefined : type })}
      />
      <FilterMenu
        label="Time range"
        options={RANGE_OPTIONS}
        value={rangeChoice(range)}
        onChange={(choice) => onChange({ range: choiceToRange(choice, range) })}
      />
      {range.kind === 'custom' && (
        <>
          <TextInput
            type="datetime-local"
            label={`Started from (${zone})`}
            value={toLocalInputValue(range.from, timeZone)}
            onChange={(event) =>
              onChange({ range: { ...range, from: fromLocalInputValue(event.target.value, timeZone) } })
            }
          />
          <TextInput
            type="datetime-local"
            label={`Started until (${zone})`}
            value={toLocalInputValue(range.to, timeZone)}
            onChange={(event) =>
              onChange({ range: { ...range, to: fromLocalInputValue(event.target.value, timeZone) } })
            }
          />
        </>
      )}
      {children}
      {(hasFilters(search) || hasMoreFilters) && (
        <Button size="small" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
