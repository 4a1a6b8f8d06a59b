import { useState } from 'react';
import { NO_FILTERS } from '@/components/execution/execution-filters';
import { ExecutionsFilters } from '@/components/execution/executions-filters';
import { TextInput } from '@/components/ui/text-input';
import type { RunsSearch } from '../model/runs-search';
import { AddJobField } from './add-job-field';
import { SelectedJobs } from './selected-jobs';

interface RunsFiltersProps {
  search: RunsSearch;
  onChange: (patch: Partial<Omit<RunsSearch, 'page'>>) => void;
}

/** A text filter that applies on Enter or when the field is left, not on every key (each is a request). */
function CommittedField({
  label,
  value,
  onCommit,
  helperText,
}: {
  label: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  helperText?: string;
}) {
  const [typed, setTyped] = useState(value ?? '');
  const commit = () => {
    const next = typed.trim() || undefined;
    if (next !== value) onCommit(next);
  };
  return (
    <TextInput
      label={label}
      value={typed}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      title={helperText}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

/** The history's filters (status, type, time) plus the jobs and who started the run. */
export function RunsFilters({ search, onChange }: RunsFiltersProps) {
  return (
    <ExecutionsFilters
      search={search}
      onChange={onChange}
      hasMoreFilters={search.jobs.length > 0 || search.startedBy !== undefined}
      onClear={() => onChange({ ...NO_FILTERS, jobs: [], startedBy: undefined })}
    >
      <SelectedJobs jobs={search.jobs} onChange={(jobs) => onChange({ jobs })} />
      <AddJobField jobs={search.jobs} onAdd={(job) => onChange({ jobs: [...search.jobs, job] })} />
      {/* Keyed by the value: a change from elsewhere (Clear filters, Back) replaces what was typed. */}
      <CommittedField
        key={`by:${search.startedBy ?? ''}`}
        label="Started by"
        value={search.startedBy}
        onCommit={(startedBy) => onChange({ startedBy })}
        helperText="Part of the user or tool that started the run"
      />
    </ExecutionsFilters>
  );
}
