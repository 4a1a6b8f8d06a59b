/**
 * The job list's state lives in the URL query so a view can be shared, reloaded and navigated with
 * back/forward. Parsing is per parameter: a bad value falls back to its default and is reported,
 * so the page can say which part of the link it ignored instead of failing or silently differing.
 * Defaults are left out of the URL.
 */
import * as v from 'valibot';
import type { DeploymentState, JobSortProperty } from '@/api/graphql/jobs-query';
import { EXECUTION_STATUSES, type ExecutionStatus } from '@/lib/execution-status';

/** Sortable columns by their URL name; `-name` sorts descending (as in Airflow's `order_by`). */
export const SORT_FIELDS = {
  name: 'jobName',
  team: 'config.team',
  description: 'config.description',
  deployment: 'deployments.enabled',
  last_status: 'deployments.lastExecutionStatus',
  last_run: 'deployments.lastExecutionTime',
  duration: 'deployments.lastExecutionDuration',
  next_run: 'config.schedule.nextRunEpochSeconds',
  contacts: 'config.contacts.present',
} as const satisfies Record<string, JobSortProperty>;

export type SortField = keyof typeof SORT_FIELDS;
export type SortDirection = 'asc' | 'desc';

export interface JobsSort {
  field: SortField;
  direction: SortDirection;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEPLOYMENT_STATES = ['enabled', 'disabled', 'not_deployed'] as const satisfies readonly DeploymentState[];

export interface JobsSearch {
  search: string;
  /** Last execution status; undefined = any. */
  status: ExecutionStatus | undefined;
  /** Quick filter; undefined = all. */
  deployment: DeploymentState | undefined;
  sort: JobsSort;
  page: number;
  size: PageSize;
  /** Only on the all-teams page: one team, or undefined = every team. */
  team: string | undefined;
}

export const DEFAULT_SORT: JobsSort = { field: 'name', direction: 'asc' };

export const DEFAULT_JOBS_SEARCH: JobsSearch = {
  search: '',
  status: undefined,
  deployment: undefined,
  sort: DEFAULT_SORT,
  page: 1,
  size: 25,
  team: undefined,
};

/** A URL parameter that was ignored, and why, in words for the page's notice. */
export interface RejectedParam {
  param: string;
  value: string;
  reason: string;
}

/** Every URL parameter the list owns. */
export const JOBS_SEARCH_PARAMS = ['search', 'status', 'deployment', 'sort', 'page', 'size', 'team'] as const;

const MAX_SEARCH_LENGTH = 200;
const PAGE_REASON = 'a whole page number from 1';

const isSortField = (value: string): value is SortField => Object.hasOwn(SORT_FIELDS, value);

/** `name` or `-name` (descending); the same shape Airflow's `order_by` uses. */
function parseSort(value: string): JobsSort | undefined {
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return isSortField(field) ? { field, direction: descending ? 'desc' : 'asc' } : undefined;
}

const SORT_REASON = `a sortable column (${Object.keys(SORT_FIELDS).join(', ')}), with - before it for descending`;

// valibot: the entry already carries it for config.json, so the list adds no validation library.
const schemas = {
  search: v.pipe(v.string(), v.maxLength(MAX_SEARCH_LENGTH, `at most ${MAX_SEARCH_LENGTH} characters`)),
  status: v.picklist(EXECUTION_STATUSES, `one of ${EXECUTION_STATUSES.join(', ')}`),
  deployment: v.picklist(DEPLOYMENT_STATES, `one of ${DEPLOYMENT_STATES.join(', ')}`),
  sort: v.pipe(
    v.string(),
    v.check((value) => parseSort(value) !== undefined, SORT_REASON),
    v.transform((value) => parseSort(value) ?? DEFAULT_SORT),
  ),
  page: v.pipe(v.string(), v.regex(/^[1-9]\d{0,5}$/, PAGE_REASON), v.transform(Number)),
  team: v.pipe(v.string(), v.trim(), v.minLength(1, 'a team name')),
};

function parseParam<T>(
  params: URLSearchParams,
  name: keyof typeof schemas,
  schema: v.GenericSchema<string, T>,
  rejected: RejectedParam[],
): T | undefined {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  rejected.push({ param: name, value, reason: result.issues[0]?.message ?? 'not a valid value' });
  return undefined;
}

function parseSize(params: URLSearchParams, rejected: RejectedParam[]): PageSize | undefined {
  const value = params.get('size');
  if (value === null || value === '') return undefined;
  const size = PAGE_SIZES.find((candidate) => String(candidate) === value.trim());
  if (size === undefined) rejected.push({ param: 'size', value, reason: `one of ${PAGE_SIZES.join(', ')}` });
  return size;
}

/** Reads the list state from the URL query; whatever cannot be used is listed in `rejected`. */
export function parseJobsSearch(params: URLSearchParams): { state: JobsSearch; rejected: RejectedParam[] } {
  const rejected: RejectedParam[] = [];
  const state: JobsSearch = {
    search: parseParam(params, 'search', schemas.search, rejected) ?? DEFAULT_JOBS_SEARCH.search,
    status: parseParam(params, 'status', schemas.status, rejected),
    deployment: parseParam(params, 'deployment', schemas.deployment, rejected),
    sort: parseParam(params, 'sort', schemas.sort, rejected) ?? DEFAULT_SORT,
    page: parseParam(params, 'page', schemas.page, rejected) ?? DEFAULT_JOBS_SEARCH.page,
    size: parseSize(params, rejected) ?? DEFAULT_JOBS_SEARCH.size,
    team: parseParam(params, 'team', schemas.team, rejected),
  };
  return { state, rejected };
}

export function formatSort({ field, direction }: JobsSort): string {
  return direction === 'desc' ? `-${field}` : field;
}

/** The URL query for a state, defaults left out; parameters this page does not own are kept. */
export function toSearchParams(state: JobsSearch, keep?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(keep);
  for (const name of JOBS_SEARCH_PARAMS) params.delete(name);
  const search = state.search.trim();
  if (search) params.set('search', search);
  if (state.status) params.set('status', state.status);
  if (state.deployment) params.set('deployment', state.deployment);
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', formatSort(state.sort));
  }
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_JOBS_SEARCH.size) params.set('size', String(state.size));
  if (state.team) params.set('team', state.team);
  return params;
}

/** True when the list is narrowed by anything the user can clear (sort, paging and size are not filters). */
export function hasFilters(state: JobsSearch): boolean {
  return state.search.trim() !== '' || state.status !== undefined || state.deployment !== undefined || !!state.team;
}

export function sortProperty(sort: JobsSort): JobSortProperty {
  return SORT_FIELDS[sort.field];
}
