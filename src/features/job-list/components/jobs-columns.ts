import type { ColumnChoice, LegacyVisibleColumns } from '@/lib/preferences';
import type { SortField } from '../model/jobs-search';

export const JOB_COLUMN_IDS = [
  'name',
  'team',
  'description',
  'deployment',
  'last_status',
  'last_run',
  'duration',
  'recent',
  'success_rate',
  'schedule',
  'python',
  'last_deployed',
  'contacts',
  'actions',
] as const;

export type JobColumnId = (typeof JOB_COLUMN_IDS)[number];

export interface JobColumn {
  id: JobColumnId;
  label: string;
  /** The service can sort by it (docs/api-reference.md §3.3). */
  sortBy?: SortField;
  /** Shown until the user chooses otherwise. */
  defaultVisible: boolean;
  /** Always shown: the column chooser does not offer it. */
  required?: boolean;
  /** Only on the all-teams page. */
  allTeamsOnly?: boolean;
  align?: 'right';
}

export const JOB_COLUMNS: readonly JobColumn[] = [
  { id: 'name', label: 'Name', sortBy: 'name', defaultVisible: true, required: true },
  { id: 'team', label: 'Team', sortBy: 'team', defaultVisible: true, allTeamsOnly: true },
  { id: 'description', label: 'Description', sortBy: 'description', defaultVisible: true },
  { id: 'deployment', label: 'Deployment', sortBy: 'deployment', defaultVisible: true },
  { id: 'last_status', label: 'Last status', sortBy: 'last_status', defaultVisible: true },
  { id: 'last_run', label: 'Last run', sortBy: 'last_run', defaultVisible: true },
  { id: 'duration', label: 'Duration', sortBy: 'duration', defaultVisible: false, align: 'right' },
  { id: 'recent', label: 'Recent executions', defaultVisible: true },
  { id: 'success_rate', label: 'Success rate', defaultVisible: true, align: 'right' },
  { id: 'schedule', label: 'Schedule · next run', sortBy: 'next_run', defaultVisible: true },
  { id: 'python', label: 'Python', defaultVisible: false },
  { id: 'last_deployed', label: 'Last deployed', defaultVisible: false },
  { id: 'contacts', label: 'Notifications', sortBy: 'contacts', defaultVisible: false },
  { id: 'actions', label: 'Actions', defaultVisible: true, required: true },
];

/** Columns of this page, in order: the team column only where several teams are listed. */
export function columnsFor(allTeams: boolean): JobColumn[] {
  return JOB_COLUMNS.filter((column) => allTeams || !column.allTeamsOnly);
}

/**
 * The visible columns: the defaults changed by the user's choice. A column the choice does not name keeps its default
 * (a column added by a later release shows up); required columns are always shown; names of removed columns are
 * ignored. A list of visible columns stored by an older release is honoured as it was: the columns not in it are hidden.
 */
export function visibleColumnIds(
  columns: readonly JobColumn[],
  saved: ColumnChoice | LegacyVisibleColumns | undefined,
): Set<JobColumnId> {
  const isShown = (column: JobColumn): boolean => {
    if (column.required || saved === undefined) return column.required || column.defaultVisible;
    if ('visible' in saved) return saved.visible.includes(column.id);
    if (saved.hidden.includes(column.id)) return false;
    return saved.shown.includes(column.id) || column.defaultVisible;
  };
  return new Set(columns.filter(isShown).map((column) => column.id));
}

/** The choice that shows exactly `visible`: what differs from the defaults, and nothing else. */
export function columnChoiceFor(columns: readonly JobColumn[], visible: ReadonlySet<JobColumnId>): ColumnChoice {
  const optional = columns.filter((column) => !column.required);
  return {
    hidden: optional.filter((column) => column.defaultVisible && !visible.has(column.id)).map((column) => column.id),
    shown: optional.filter((column) => !column.defaultVisible && visible.has(column.id)).map((column) => column.id),
  };
}
