import type { ExecutionsListParams } from '@/api/graphql/executions-query';
import type { JobRef } from '@/api/types';

export const RECENT_EXECUTIONS = 5;

/** The job's latest executions, newest first: the overview's list (its hook and its route's loader ask alike). */
export const recentExecutionsParams = ({ team, job }: JobRef): ExecutionsListParams => ({
  team,
  job,
  page: 1,
  pageSize: RECENT_EXECUTIONS,
});
