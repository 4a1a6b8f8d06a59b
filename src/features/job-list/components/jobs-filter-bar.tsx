import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode, Ref } from 'react';
import type { DeploymentState } from '@/api/graphql/jobs-query';
import { EXECUTION_STATUSES, executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import type { JobsSearch } from '../model/jobs-search';
import type { JobsSearchUpdate } from '../hooks/use-jobs-search';
import { FilterMenu, type FilterOption } from '@/components/menu/filter-menu';
import { JobsSearchField } from './jobs-search-field';

const QUICK_FILTERS: { value: DeploymentState | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
  { value: 'not_deployed', label: 'Not deployed' },
];

const ANY = 'any';
/** Not a team name ("*" and "any" can be): the list's `team` parameter and the service refuse blank names. */
const ALL_TEAMS = '';

const STATUS_OPTIONS: FilterOption<ExecutionStatus | typeof ANY>[] = [
  { value: ANY, label: 'Any' },
  ...EXECUTION_STATUSES.map((status) => ({ value: status, label: executionStatusLabel(status) })),
];

interface JobsFilterBarProps {
  search: JobsSearch;
  onChange: (changes: JobsSearchUpdate) => void;
  searchInputRef?: Ref<HTMLInputElement>;
  /** Teams to offer on the all-teams page; undefined on a team's page (no team filter). */
  teams?: readonly string[];
  /** Column chooser, refresh, create: the toolbar's end. */
  children?: ReactNode;
}

export function JobsFilterBar({ search, onChange, searchInputRef, teams, children }: JobsFilterBarProps) {
  const teamNames = teams && search.team && !teams.includes(search.team) ? [...teams, search.team] : teams;
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <JobsSearchField
        value={search.search}
        onChange={(value) => onChange({ search: value })}
        inputRef={searchInputRef}
      />
      <Stack direction="row" role="group" aria-label="Deployment state">
        {QUICK_FILTERS.map((filter) => {
          const isPressed = search.deployment === filter.value;
          return (
            <Button
              key={filter.label}
              aria-pressed={isPressed}
              size="small"
              variant={isPressed ? 'contained' : 'outlined'}
              disableElevation
              onClick={() => onChange({ deployment: filter.value })}
              sx={{
                textTransform: 'none',
                borderRadius: 0,
                ml: '-1px',
                '&:first-of-type': { borderRadius: '4px 0 0 4px' },
                '&:last-of-type': { borderRadius: '0 4px 4px 0' },
              }}
            >
              {filter.label}
            </Button>
          );
        })}
      </Stack>
      <FilterMenu
        label="Last status"
        options={STATUS_OPTIONS}
        value={search.status ?? ANY}
        onChange={(value) => onChange({ status: value === ANY ? undefined : value })}
      />
      {teamNames && (
        <FilterMenu
          label="Team"
          options={[
            { value: ALL_TEAMS, label: 'All teams' },
            ...teamNames.map((team) => ({ value: team, label: team })),
          ]}
          value={search.team ?? ALL_TEAMS}
          onChange={(value) => onChange({ team: value === ALL_TEAMS ? undefined : value })}
        />
      )}
      <Stack direction="row" spacing={1} sx={{ ml: 'auto', alignItems: 'center' }}>
        {children}
      </Stack>
    </Stack>
  );
}
