import type { JobsListQueryVariables } from './documents';
import type { Predicate } from './typed-query';
import type { ExecutionStatus } from '../types';

export type DeploymentState = 'enabled' | 'disabled' | 'not_deployed';

/** Properties the service can sort jobs by (docs/api-reference.md §3.3). Python version is left out: the
 * service's comparator throws when any job on the list is not deployed. */
export const JOB_SORT_PROPERTIES = [
  'jobName',
  'config.team',
  'config.description',
  'deployments.enabled',
  'deployments.lastExecutionStatus',
  'deployments.lastExecutionTime',
  'deployments.lastExecutionDuration',
  'config.schedule.nextRunEpochSeconds',
  'config.contacts.present',
] as const;
export type JobSortProperty = (typeof JOB_SORT_PROPERTIES)[number];

export interface JobSort {
  property: JobSortProperty;
  direction: 'ASC' | 'DESC';
}

export interface JobsListParams {
  /** Undefined lists every team's jobs. */
  team?: string;
  /** 1-based, like the service. */
  page: number;
  pageSize: number;
  search?: string;
  /** Exact, case-insensitive name (a pattern without `*` is an exact match for the service). */
  jobName?: string;
  deployment?: DeploymentState;
  /** REST spelling (lowercase): the service matches it case-sensitively. */
  lastStatus?: ExecutionStatus;
  sort?: JobSort;
}

/**
 * Builds the variables of the JobsList document. The service ignores the `{team}` in the path, so the
 * team becomes a `config.team` predicate; its pattern is a case-insensitive full-match regex with `%`
 * as wildcard, so regex characters in a team name are escaped. The sort goes last because the last
 * predicate with a sort wins.
 */
export function buildJobsVariables(params: JobsListParams): JobsListQueryVariables {
  const filter: Predicate[] = [];
  if (params.team !== undefined) filter.push({ property: 'config.team', pattern: escapeTeamPattern(params.team) });
  if (params.jobName) filter.push({ property: 'jobName', pattern: params.jobName.replace(/[*?]/g, '') });
  if (params.deployment) filter.push({ property: 'deployments.enabled', pattern: params.deployment });
  if (params.lastStatus) filter.push({ property: 'deployments.lastExecutionStatus', pattern: params.lastStatus });
  if (params.sort) filter.push({ property: params.sort.property, sort: params.sort.direction });
  const search = params.search?.trim();
  return {
    pageNumber: Math.max(1, Math.trunc(params.page)),
    pageSize: Math.max(1, Math.trunc(params.pageSize)),
    filter,
    ...(search ? { search } : {}),
  };
}

export function escapeTeamPattern(team: string): string {
  return team.replace(/[\\^$.*+?()[\]{}|%]/g, (c) => (c === '%' ? '\\x25' : `\\${c}`));
}
