import { prepared } from '../db/statements.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { DomainContext } from '../domain/context.ts';
import { nextRunEpochSeconds } from '../domain/cron.ts';
import { type ExecutionRow } from '../domain/execution-model.ts';
import { contactsOf, type JobRow } from '../domain/job-model.ts';
import { nullableJavaDate } from '../domain/time-format.ts';
import { type ExecutionArgs, queryExecutions, toGraphqlExecution } from './execution-query.ts';
import {
  compilePredicates,
  expressions,
  needsPythonSortCheck,
  orderBy,
  type Predicate,
  searchFragment,
  type SqlFragment,
  type Visibility,
} from './job-filters.ts';
import { PAGE_LIMITS } from './page-limits.ts';
import { FetchError } from './query-error.ts';
import { selectedPaths } from './selection.ts';

export interface JobsArgs {
  pageNumber?: number | null;
  pageSize?: number | null;
  filter?: (Predicate | null)[] | null;
  search?: string | null;
}

type JoinedRow = JobRow & {
  d_job_name: string | null;
  d_enabled: number | null;
  d_job_version: string | null;
  d_vdk_version: string | null;
  d_python_version: string | null;
  d_last_deployed_date: string | null;
  d_last_deployed_by: string | null;
};

function camelContacts(row: JobRow) {
  const contacts = contactsOf(row);
  return {
    notifiedOnJobFailureUserError: contacts.notified_on_job_failure_user_error,
    notifiedOnJobFailurePlatformError: contacts.notified_on_job_failure_platform_error,
    notifiedOnJobSuccess: contacts.notified_on_job_success,
    notifiedOnJobDeploy: contacts.notified_on_job_deploy,
  };
}

/** Stored SUCCEEDED and USER_ERROR + PLATFORM_ERROR counts of a job, read together once per job. */
function executionCounts(ctx: DomainContext, jobName: string): () => { succeeded: number; failed: number } {
  let counts: { succeeded: number; failed: number } | undefined;
  return () => {
    counts ??= prepared(
      ctx.db,
      `SELECT COUNT(*) FILTER (WHERE status = 'succeeded') AS succeeded,
         COUNT(*) FILTER (WHERE status IN ('user_error', 'platform_error')) AS failed
       FROM executions WHERE job_name = ?`,
    ).get(jobName) as { succeeded: number; failed: number };
    return counts;
  };
}

/** GraphQL `DataJob`; derived values are functions, so graphql-js computes them only when selected. */
function toGraphqlJob(ctx: DomainContext, row: JoinedRow, now: number) {
  const counts = executionCounts(ctx, row.name);
  const deployment =
    row.d_job_name === null
      ? null
      : {
          id: row.name,
          enabled: row.d_enabled === 1,
          contacts: {
            notifiedOnJobFailureUserError: null,
            notifiedOnJobFailurePlatformError: null,
            notifiedOnJobSuccess: null,
            notifiedOnJobDeploy: null,
          },
          jobVersion: row.d_job_version,
          jobPythonVersion: row.d_python_version,
          lastDeployedDate: row.d_last_deployed_date,
          lastDeployedBy: row.d_last_deployed_by,
          mode: 'release',
          resources: null,
          schedule: { scheduleCron: null, nextRunEpochSeconds: 0 },
          vdkVersion: row.d_vdk_version,
          status: null,
          lastExecutionStatus: row.last_execution_status?.toUpperCase() ?? null,
          lastExecutionTime: nullableJavaDate(row.last_execution_end_time),
          lastExecutionDuration: row.last_execution_duration,
          successfulExecutions: () => counts().succeeded,
          failedExecutions: () => counts().failed,
          executions: (args: ExecutionArgs) =>
            queryExecutions(ctx, args, 'jobs', row.name).rows.map((execution: ExecutionRow) =>
              toGraphqlExecution(execution, true, now),
            ),
        };
  return {
    jobName: row.name,
    config: {
      team: row.team,
      description: row.description,
      schedule: {
        scheduleCron: row.schedule_cron,
        nextRunEpochSeconds: () => nextRunEpochSeconds(row.schedule_cron, now),
      },
      contacts: () => camelContacts(row),
      generateKeytab: row.generate_keytab === 1,
      sourceUrl: row.source_url,
      logsUrl: null,
    },
    deployments: deployment ? [deployment] : null,
  };
}

function combine(fragments: SqlFragment[]): SqlFragment {
  if (fragments.length === 0) return { sql: '', params: [] };
  return { sql: `WHERE ${fragments.map((f) => f.sql).join(' AND ')}`, params: fragments.flatMap((f) => f.params) };
}

/**
 * `jobs(pageNumber, pageSize, filter, search)` with the real semantics (REFERENCE §3.3), in SQL:
 * filters, then search, then the last sort, count, and the page slice.
 */
export function resolveJobs(ctx: DomainContext, args: JobsArgs, info: GraphQLResolveInfo) {
  const pageNumber = args.pageNumber ?? 0;
  const pageSize = args.pageSize ?? 20;
  if (pageSize < 1) throw new FetchError('jobs', 'Page size cannot be less than 1');
  if (pageSize > PAGE_LIMITS.jobs) {
    throw new FetchError(
      'jobs',
      `Page size cannot be more than ${PAGE_LIMITS.jobs} (the local Control Service's limit)`,
    );
  }
  if (pageNumber < 1) throw new FetchError('jobs', 'Page cannot be less than 1');

  const selected = selectedPaths(info, 'content');
  const visible: Visibility = {
    deployments: selected.has('deployments'),
    nextRun: selected.has('config.schedule.nextRunEpochSeconds'),
  };
  const compiled = compilePredicates(args.filter ?? [], visible);
  const fragments = [...compiled.where];
  if (args.search && args.search.trim() !== '') fragments.push(searchFragment(args.search, selected, visible));
  const where = combine(fragments);
  const from = 'FROM jobs j LEFT JOIN deployments d ON d.job_name = j.name';

  if (needsPythonSortCheck(compiled.order)) {
    const undeployed = prepared(
      ctx.db,
      `SELECT COUNT(*) ${from} ${where.sql ? `${where.sql} AND` : 'WHERE'} NOT (${expressions(visible).deployed})`,
    )
      .pluck()
      .get(...where.params) as number;
    if (undeployed > 0) throw new FetchError('jobs', 'java.lang.NullPointerException');
  }

  const totalItems = prepared(ctx.db, `SELECT COUNT(*) ${from} ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  const rows = prepared(
    ctx.db,
    `SELECT j.*, d.job_name AS d_job_name, d.enabled AS d_enabled, d.job_version AS d_job_version,
         d.vdk_version AS d_vdk_version, d.python_version AS d_python_version,
         d.last_deployed_date AS d_last_deployed_date, d.last_deployed_by AS d_last_deployed_by
       ${from} ${where.sql} ORDER BY ${orderBy(compiled.order, visible)} LIMIT ? OFFSET ?`,
  ).all(...where.params, pageSize, (pageNumber - 1) * pageSize) as JoinedRow[];
  const now = ctx.clock.now();
  return {
    content: rows.map((row) => toGraphqlJob(ctx, row, now)),
    totalItems,
    // Java integer division: (totalItems - 1) / pageSize + 1, truncated toward zero.
    totalPages: Math.trunc((totalItems - 1) / pageSize) + 1,
  };
}
