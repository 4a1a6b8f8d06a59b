import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import {
  ExecutionsCountDocument,
  FailingJobsDocument,
  JobContactsDocument,
  JobsCountDocument,
  RecentFailuresDocument,
  ScheduledJobsDocument,
  type DataJobExecutionFilter,
  type Predicate,
} from '../generated/graphql/graphql';
import { buildJobsVariables, escapeTeamPattern, type DeploymentState } from '../graphql/jobs-query';
import { runQuery } from '../graphql/run-query';
import type { GraphqlExecutionStatus } from '../types';
import { teamHealthKeys, type FailureStatus } from './keys';

interface Scope {
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
  page: number;
  pageSize: number;
}

/** Jobs pages of more rows than this are asked for with `pageSize` set to it. */
export const FAILING_JOBS_PAGE = 50;
export const RECENT_FAILURES_PAGE = 200;

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
        const page = await runQuery(client, ExecutionsCountDocument, { filter }, { team: pathTeam, signal });
        return page.totalItems ?? 0;
      },
    }),

  jobCount: (client: ApiClient, params: TeamJobsCountParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.jobCount(params),
      queryFn: async ({ signal }) => {
        const { filter } = buildJobsVariables({ ...params, page: 1, pageSize: 1 });
        const page = await runQuery(client, JobsCountDocument, { filter }, { team: pathTeam, signal });
        return page.totalItems ?? 0;
      },
    }),

  /** Jobs whose last finished execution failed this way, with their 20 newest executions for the streak. */
  failingJobs: (client: ApiClient, team: string | undefined, status: FailureStatus, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.failingJobs(team, status),
      queryFn: ({ signal }) => {
        const { filter } = buildJobsVariables({ team, lastStatus: status, page: 1, pageSize: 1 });
        return runQuery(
          client,
          FailingJobsDocument,
          { pageSize: FAILING_JOBS_PAGE, filter },
          { team: pathTeam, signal },
        );
      },
    }),

  /** Failed executions that started at `since` or later, newest first. */
  recentFailures: (client: ApiClient, team: string | undefined, since: string, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.recentFailures(team, since),
      queryFn: ({ signal }) =>
        runQuery(
          client,
          RecentFailuresDocument,
          {
            pageSize: RECENT_FAILURES_PAGE,
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
          ScheduledJobsDocument,
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

  /** One page of the team's jobs with their failure contacts and deployment. */
  jobContacts: (client: ApiClient, params: JobContactsParams, pathTeam: string) =>
    queryOptions({
      queryKey: teamHealthKeys.jobContacts(params),
      queryFn: ({ signal }) =>
        runQuery(
          client,
          JobContactsDocument,
          { pageNumber: params.page, pageSize: params.pageSize, filter: teamFilter(params.team) },
          { team: pathTeam, signal },
        ),
    }),
};
