import type { ReactNode, Ref } from 'react';
import type { DeploymentState } from '@/api/graphql/jobs-query';
import { EXECUTION_STATUSES, executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import type { JobsSearch } from '../model/jobs-search';
import type { JobsSearchUpdate } from '../hooks/use-jobs-search';
import { FilterMenu, type FilterOption } from '@/components/menu/filter-menu';
import { ToggleButtons, type ToggleOption } from '@/components/ui/toggle-buttons';
import { JobsSearchField } from './jobs-search-field';
import styles from './jobs-filter-bar.module.css';

const ANY = 'any';

const QUICK_FILTERS: ToggleOption<DeploymentState | typeof ANY>[] = [
  { value: ANY, label: 'All' },
  { value: 'enabled', label: 'Enabled' },
  { value: 'disabled', label: 'Disabled' },
  { value: 'not_deployed', label: 'Not deployed' },
];
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
    <div className={styles.bar}>
      <JobsSearchField
        value={search.search}
        onChange={(value) => onChange({ search: value })}
        inputRef={searchInputRef}
      />
      <ToggleButtons
        label="Deployment state"
        options={QUICK_FILTERS}
        value={search.deployment ?? ANY}
        onChange={(value) => onChange({ deployment: value === ANY ? undefined : value })}
        size="small"
        className={styles.quick}
      />
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
      <div className={styles.end}>{children}</div>
    </div>
  );
}
