import type { JobsListParams } from '../graphql/jobs-query';
import type { JobRef } from '../types';

/** Marks list keys that span every team (the `/jobs` page). */
export const ALL_TEAMS = '*';

/**
 * Query keys for jobs. Branches are siblings, not prefixes of each other, so invalidating a job's
 * config does not refetch its properties:
 *
 *   ['jobs', team | '*', 'list', params]   GraphQL page of jobs (team '*' = every team)
 *   ['jobs', team | '*', 'list', 'timeline', params]   a page of the runs timeline's lanes (refreshed with the lists)
 *   ['jobs', team, 'summary', job]         GraphQL view of one job: deployment, last executions
 *   ['jobs', team, 'detail', job]          REST DataJob (the full config that PUT replaces)
 *   ['jobs', team, 'properties', job]
 *   ['jobs', team, 'secrets', job]
 */
export const jobKeys = {
  all: ['jobs'] as const,
  lists: (team?: string) => ['jobs', team ?? ALL_TEAMS, 'list'] as const,
  list: (params: JobsListParams) => [...jobKeys.lists(params.team), params] as const,
  timeline: (params: JobsListParams) => [...jobKeys.lists(params.team), 'timeline', params] as const,
  summary: (ref: JobRef) => ['jobs', ref.team, 'summary', ref.job] as const,
  detail: (ref: JobRef) => ['jobs', ref.team, 'detail', ref.job] as const,
  properties: (ref: JobRef) => ['jobs', ref.team, 'properties', ref.job] as const,
  secrets: (ref: JobRef) => ['jobs', ref.team, 'secrets', ref.job] as const,
};
