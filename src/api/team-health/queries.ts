import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { mapBounded } from '@/lib/map-bounded';
import type { ApiClient } from '../client';
import { fetchQueryFor } from '../fetch-query-for';
import { ExecutionsListDocument, JobsListDocument, TimelineJobsDocument } from '../graphql/documents';
import { buildJobsVariables, escapeTeamPattern, type DeploymentState } from '../graphql/jobs-query';
import { runQuery } from '../graphql/run-query';
import type { DataJobExecutionFilter, Predicate } from '../graphql/typed-query';
import type { GraphqlExecutionStatus, JobRef } from '../types';
import { jobQueries } from '../jobs/queries';
import { ExecutionsCountDocument, JobContactsDocument, JobsCountDocument, ScheduleRunsDocument } from './documents';
import { teamHealthKeys, type FailureStatus } from './keys';

export interface Scope {
  /** Undefined spans every team (the service's top-level `executions` and `jobs` do without a team filter). */
  team: string | undefined;
}

export interface ExecutionCountParams extends Scope {
  /** GraphQL spelling; empty counts every status. */
  statuses: GraphqlExecutionStatus[];
  /** Inclusive bounds on the start time, ISO-8601 with offset. */
  startedFrom?: string;
  startedTo?: string;
}

export interface TeamJobsCountParams extends Scope {
  deployment?: DeploymentState;
  lastStatus?: FailureStatus;
}

export interface ScheduledJobsParams extends Scope {
  /** Epoch seconds, inclusive: jobs whose next run falls in this window. */
  nextRunFrom: number;
  nextRunTo: number;
  pageSize: number;
}

export interface JobContactsParams extends Scope {
  pageSize: number;
}

export interface EnabledSchedulesParams extends Scope {
  /** Beyond this many jobs only the first page is read: the caller checks no more (it sees the total). */
  limit: number;
}

export interface ScheduleRunsParams extends Scope {
  /** Exact job names, a slice of `SCHEDULE_RUNS_JOBS` at most. */
  jobs: string[];
  /** Inclusive bounds on the start time, ISO-8601. */
  startedFrom: string;
  startedTo: string;
}

/** Jobs pages of more rows than this are asked for with `pageSize` set to it. */
export const FAILING_JOBS_PAGE = 50;
export const RECENT_FAILURES_PAGE = 200;
/** Enabled jobs a request when reading schedules: only names, crons and deployment dates, about 100 bytes a job. */
const SCHEDULES_PAGE = 1_000;
/**
 * Jobs named in one request for their runs: 100 names keep the GET URL near 4 KB, well under the 8 KB many proxies
 * accept, and 100 hourly jobs over the home's 30 hours (24 h and 6 h before, see the home's schedule check) are
 * 3,000 runs: one page of `SCHEDULE_RUNS_PAGE`.
 */
export const SCHEDULE_RUNS_JOBS = 100;
const SCHEDULE_RUNS_PAGE = 5_000;
/** Pages read for one slice at most (jobs running every minute): beyond, the slice is not complete. */
const SCHEDULE_RUNS_MAX_PAGES = 4;
/**
 * Requests the home keeps in flight for its many small reads: the counts of "Success over time" (./outcome-counts.ts),
 * and the job configs of the notification check. Together at most the six connections a browser opens to a host, so that Refresh, or a
 * link's page once these are cancelled, is not queued behind a hundred of them.
 */
export const COUNTS_AT_ONCE = 4;
const SWITCH_CHECKS_AT_ONCE = 2;

const teamFilter = (team: string | undefined): Predicate[] =>
  team === undefined ? [] : [{ property: 'config.team', pattern: escapeTeamPattern(team) }];

function executionFilter(team: string | undefined, filter: DataJobExecutionFilter): DataJobExecutionFilter {
  return team === undefined ? filter : { ...filter, teamNameIn: [team] };
}

/**
 * The team home's reads. `pathTeam` only names the URL (the service ignores it for reading, its authorization
 * sees it); every filter is in the query.
 */
export const teamHealthQueries = {
  executionCount: (client: ApiClient, params: ExecutionCountParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.executionCount(params),
      queryFn: async ({ signal }) => {
        const filter = executionFilter(params.team, {
          ...(params.statuses.length ? { statusIn: params.statuses } : {}),
          ...(params.startedFrom ? { startTimeGte: params.startedFrom } : {}),
          ...(params.startedTo ? { startTimeLte: params.startedTo } : {}),
        });
        const variables = { pageNumber: 1, pageSize: 1, filter };
        const page = await runQuery(client, ExecutionsCountDocument, variables, { team: pathTeam, signal });
        return page.totalItems ?? 0;
      },
    }),

  jobCount: (client: ApiClient, params: TeamJobsCountParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.jobCount(params),
      queryFn: async ({ signal }) => {
        const variables = buildJobsVariables({ ...params, page: 1, pageSize: 1 });
        const page = await runQuery(client, JobsCountDocument, variables, { team: pathTeam, signal });
        return page.totalItems ?? 0;
      },
    }),

  /** Jobs whose last finished execution failed this way, with their 10 newest executions for the streak. */
  failingJobs: (client: ApiClient, team: string | undefined, status: FailureStatus, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.failingJobs(team, status),
      queryFn: ({ signal }) => {
        const variables = buildJobsVariables({ team, lastStatus: status, page: 1, pageSize: FAILING_JOBS_PAGE });
        return runQuery(client, JobsListDocument, variables, { team: pathTeam, signal });
      },
    }),

  /** Failed executions that started at `since` or later, newest first. */
  recentFailures: (client: ApiClient, team: string | undefined, since: string, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.recentFailures(team, since),
      queryFn: ({ signal }) =>
        runQuery(
          client,
          ExecutionsListDocument,
          {
            pageNumber: 1,
            pageSize: RECENT_FAILURES_PAGE,
            order: { property: 'startTime', direction: 'DESC' },
            filter: executionFilter(team, { statusIn: ['USER_ERROR', 'PLATFORM_ERROR'], startTimeGte: since }),
          },
          { team: pathTeam, signal },
        ),
    }),

  /** Enabled deployments whose next run falls in the window, soonest first. */
  scheduledJobs: (client: ApiClient, params: ScheduledJobsParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.scheduledJobs(params),
      queryFn: ({ signal }) =>
        runQuery(
          client,
          JobsListDocument,
          {
            pageNumber: 1,
            pageSize: params.pageSize,
            filter: [
              ...teamFilter(params.team),
              { property: 'deployments.enabled', pattern: 'enabled' },
              // The sort rides on the window's predicate: the last predicate with a sort wins.
              {
                property: 'config.schedule.nextRunEpochSeconds',
                pattern: `${params.nextRunFrom}-${params.nextRunTo}`,
                sort: 'ASC',
              },
            ],
          },
          { team: pathTeam, signal },
        ),
    }),

  /** Every job of the team with its failure contacts and deployment, `pageSize` jobs a request. */
  jobContacts: (client: ApiClient, params: JobContactsParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.jobContacts(params),
      queryFn: async ({ signal }) => {
        const read = (pageNumber: number) =>
          runQuery(
            client,
            JobContactsDocument,
            { pageNumber, pageSize: params.pageSize, filter: teamFilter(params.team) },
            { team: pathTeam, signal },
          );
        const first = await read(1);
        const rest = await Promise.all(
          Array.from({ length: Math.max(0, (first.totalPages ?? 1) - 1) }, (_, index) => read(index + 2)),
        );
        return [first, ...rest].flatMap((page) => page.content ?? []);
      },
    }),

  /** The deployed, enabled jobs with their schedules, name order; read up to `limit` jobs. */
  enabledSchedules: (client: ApiClient, params: EnabledSchedulesParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.enabledSchedules(params),
      queryFn: async ({ signal }) => {
        const read = (pageNumber: number) =>
          runQuery(
            client,
            TimelineJobsDocument,
            {
              pageNumber,
              pageSize: SCHEDULES_PAGE,
              filter: [...teamFilter(params.team), { property: 'deployments.enabled', pattern: 'enabled' }],
            },
            { team: pathTeam, signal },
          );
        const first = await read(1);
        const total = first.totalItems ?? 0;
        const pages = total > params.limit ? 1 : (first.totalPages ?? 1);
        const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, index) => read(index + 2)));
        const jobs = [first, ...rest].flatMap((page) => page.content ?? []).flatMap((job) => (job ? [job] : []));
        return { jobs, total };
      },
    }),

  /**
   * Every run of these jobs that started in the window, oldest first, with only the fields the schedule check
   * reads. `isComplete` is false when there were more than `SCHEDULE_RUNS_MAX_PAGES` pages.
   */
  scheduleRuns: (client: ApiClient, params: ScheduleRunsParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.scheduleRuns(params),
      queryFn: async ({ signal }) => {
        const read = (pageNumber: number) =>
          runQuery(
            client,
            ScheduleRunsDocument,
            {
              pageNumber,
              pageSize: SCHEDULE_RUNS_PAGE,
              order: { property: 'startTime', direction: 'ASC' },
              filter: executionFilter(params.team, {
                jobNameIn: params.jobs,
                startTimeGte: params.startedFrom,
                startTimeLte: params.startedTo,
              }),
            },
            { team: pathTeam, signal },
          );
        const first = await read(1);
        const pages = first.totalPages ?? 1;
        const readPages = Math.min(pages, SCHEDULE_RUNS_MAX_PAGES);
        const rest = await Promise.all(
          Array.from({ length: Math.max(0, readPages - 1) }, (_, index) => read(index + 2)),
        );
        const runs = [first, ...rest].flatMap((page) => page.content ?? []).flatMap((run) => (run ? [run] : []));
        return { runs, isComplete: pages <= SCHEDULE_RUNS_MAX_PAGES };
      },
    }),

  /**
   * Which of these jobs have execution notifications switched off: only their REST config says, one request a job,
   * a few at a time. Each job's config is cached as the job page's, so opening one costs nothing more.
   */
  notificationSwitches: (client: ApiClient, queryClient: QueryClient, team: string | undefined, jobs: JobRef[]) =>
    queryOptions({
      queryKey: teamHealthKeys.notificationSwitches(team, jobs),
      queryFn: async ({ signal }) => {
        const states = await mapBounded(
          jobs,
          SWITCH_CHECKS_AT_ONCE,
          async (ref) => {
            try {
              const job = await fetchQueryFor(queryClient, jobQueries.detail(client, ref), signal);
              return job.config?.enable_execution_notifications === false ? 'off' : 'on';
            } catch {
              return 'failed';
            }
          },
          signal,
        );
        return {
          off: jobs.filter((_, index) => states[index] === 'off'),
          failed: states.filter((state) => state === 'failed').length,
        };
      },
    }),
};
