import { type TableColumn, widerTier } from '@/components/table/table-columns';
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

export interface JobColumn extends TableColumn<JobColumnId, SortField> {
  /** Only on the all-teams page. */
  allTeamsOnly?: boolean;
}

export const JOB_COLUMNS: readonly JobColumn[] = [
  { id: 'name', label: 'Name', sortBy: 'name', defaultVisible: true, required: true },
  { id: 'team', label: 'Team', sortBy: 'team', defaultVisible: true, allTeamsOnly: true },
  { id: 'description', label: 'Description', sortBy: 'description', defaultVisible: true, fromWidth: 1600 },
  { id: 'deployment', label: 'Deployment', sortBy: 'deployment', defaultVisible: true },
  { id: 'last_status', label: 'Last status', sortBy: 'last_status', defaultVisible: true },
  { id: 'last_run', label: 'Last run', sortBy: 'last_run', defaultVisible: true },
  { id: 'duration', label: 'Duration', sortBy: 'duration', defaultVisible: false, align: 'right' },
  { id: 'recent', label: 'Recent executions', defaultVisible: true, fromWidth: 1280 },
  { id: 'success_rate', label: 'Success rate', defaultVisible: true, fromWidth: 1440, align: 'right' },
  { id: 'schedule', label: 'Schedule · next run', sortBy: 'next_run', defaultVisible: true },
  { id: 'python', label: 'Python', defaultVisible: false },
  { id: 'last_deployed', label: 'Last deployed', defaultVisible: false },
  { id: 'contacts', label: 'Notifications', sortBy: 'contacts', defaultVisible: false },
  { id: 'actions', label: 'Actions', defaultVisible: true, required: true },
];

/**
 * Columns of this page, in order: the team column only where several teams are listed. It takes room, so there the
 * optional columns step out one width tier earlier.
 */
export function columnsFor(allTeams: boolean): JobColumn[] {
  if (!allTeams) return JOB_COLUMNS.filter((column) => !column.allTeamsOnly);
  return JOB_COLUMNS.map((column) =>
    column.fromWidth === undefined ? column : { ...column, fromWidth: widerTier(column.fromWidth) },
  );
}
