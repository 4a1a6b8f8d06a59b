import { ALL_TEAMS } from '../jobs/keys';
import type { JobRef } from '../types';
import type { OutcomeCountsParams } from './outcome-counts';
import type {
  ExecutionCountParams,
  JobContactsParams,
  EnabledSchedulesParams,
  ScheduledJobsParams,
  ScheduleRunsParams,
  TeamJobsCountParams,
} from './queries';

/**
 * Query keys of the team home (one team, or `*` for every team). Counts are keyed by their whole filter, so a
 * window that moves on is a new query and a closed window keeps its answer:
 *
 *   ['team-health', team | '*', 'execution-count', params]
 *   ['team-health', team | '*', 'outcome-counts', params]   (made of execution counts)
 *   ['team-health', team | '*', 'job-count', params]
 *   ['team-health', team | '*', 'failing-jobs', status]
 *   ['team-health', team | '*', 'recent-failures', since]
 *   ['team-health', team | '*', 'scheduled-jobs', params]
 *   ['team-health', team | '*', 'job-contacts', params]
 *   ['team-health', team | '*', 'notification-switches', jobs]
 *   ['team-health', team | '*', 'enabled-schedules', params]
 *   ['team-health', team | '*', 'schedule-runs', params]
 *   ['team-health', team | '*', 'schedule-misses', params]   (the check over the two above)
 */
export const teamHealthKeys = {
  scope: (team: string | undefined) => ['team-health', team ?? ALL_TEAMS] as const,
  executionCount: (params: ExecutionCountParams) =>
    [...teamHealthKeys.scope(params.team), 'execution-count', params] as const,
  outcomeCounts: (params: OutcomeCountsParams) =>
    [...teamHealthKeys.scope(params.team), 'outcome-counts', params] as const,
  jobCount: (params: TeamJobsCountParams) => [...teamHealthKeys.scope(params.team), 'job-count', params] as const,
  failingJobs: (team: string | undefined, status: FailureStatus) =>
    [...teamHealthKeys.scope(team), 'failing-jobs', status] as const,
  recentFailures: (team: string | undefined, since: string) =>
    [...teamHealthKeys.scope(team), 'recent-failures', since] as const,
  scheduledJobs: (params: ScheduledJobsParams) =>
    [...teamHealthKeys.scope(params.team), 'scheduled-jobs', params] as const,
  jobContacts: (params: JobContactsParams) => [...teamHealthKeys.scope(params.team), 'job-contacts', params] as const,
  notificationSwitches: (team: string | undefined, jobs: readonly JobRef[]) =>
    [...teamHealthKeys.scope(team), 'notification-switches', jobs] as const,

  enabledSchedules: (params: EnabledSchedulesParams) =>
    [...teamHealthKeys.scope(params.team), 'enabled-schedules', params] as const,
  scheduleRuns: (params: ScheduleRunsParams) =>
    [...teamHealthKeys.scope(params.team), 'schedule-runs', params] as const,
  scheduleMisses: (params: { team: string | undefined; windowMs: number }) =>
    [...teamHealthKeys.scope(params.team), 'schedule-misses', params] as const,
};

export type FailureStatus = 'user_error' | 'platform_error';
