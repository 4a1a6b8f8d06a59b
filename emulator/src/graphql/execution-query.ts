import { prepared } from '../db/statements.ts';
import type { DomainContext } from '../domain/context.ts';
import { nextRunEpochSeconds } from '../domain/cron.ts';
import { type ExecutionRow, type ExecutionStatus, STATUS_CODES, TERMINAL_STATUSES } from '../domain/execution-model.ts';
import { nullableJavaDate, javaDateString } from '../domain/time-format.ts';
import { PAGE_LIMITS } from './page-limits.ts';
import { FetchError } from './query-error.ts';

export interface ExecutionArgs {
  pageNumber?: number | null;
  pageSize?: number | null;
  filter?: {
    startTimeGte?: number | null;
    startTimeLte?: number | null;
    endTimeGte?: number | null;
    endTimeLte?: number | null;
    statusIn?: (string | null)[] | null;
    jobNameIn?: (string | null)[] | null;
    teamNameIn?: (string | null)[] | null;
  } | null;
  order?: { property?: string | null; direction?: 'ASC' | 'DESC' | null } | null;
}

/** `order.property` whitelist of `JobExecutionFilterSpec`, mapped to columns (status/type sort by DB code). */
const ORDER_COLUMNS: Record<string, { sql: string; nullable: boolean }> = {
  message: { sql: 'e.message', nullable: true },
  type: { sql: "(CASE e.type WHEN 'manual' THEN 0 ELSE 1 END)", nullable: false },
  jobSchedule: { sql: 'e.schedule_cron', nullable: true },
  startTime: { sql: 'e.start_time', nullable: false },
  endTime: { sql: 'e.end_time', nullable: true },
  jobVersion: { sql: 'e.job_version', nullable: true },
  id: { sql: 'e.id', nullable: false },
  opId: { sql: 'e.op_id', nullable: true },
  lastDeployedDate: { sql: 'e.deployed_date', nullable: true },
  lastDeployedBy: { sql: 'e.deployed_by', nullable: true },
  startedBy: { sql: 'e.started_by', nullable: true },
  status: {
    sql: `(CASE e.status ${Object.entries(STATUS_CODES)
      .map(([status, code]) => `WHEN '${status}' THEN ${code}`)
      .join(' ')} END)`,
    nullable: false,
  },
  vdkVersion: { sql: 'e.vdk_version', nullable: true },
  jobName: { sql: 'e.job_name', nullable: false },
  jobTeam: { sql: 'j.team', nullable: false },
};

/** Word for word the condition of the index `executions_active` (db/schema.ts). */
const ACTIVE_INDEX_CONDITION = "e.status IN ('submitted', 'running')";

export interface ExecutionPage {
  rows: ExecutionRow[];
  totalItems: number;
  totalPages: number;
}

function listFilter(values: (string | null)[] | null | undefined): string[] {
  return (values ?? []).filter((value): value is string => value !== null);
}

/**
 * Top-level `executions` and nested `deployments.executions`: SQL in the DB like the real
 * `JobExecutionFilterSpec`; `jobName` set for the nested form (where `jobNameIn` is refused).
 */
export function queryExecutions(
  ctx: DomainContext,
  args: ExecutionArgs,
  field: string,
  jobName?: string,
): ExecutionPage {
  const hasNumber = args.pageNumber !== null && args.pageNumber !== undefined;
  const hasSize = args.pageSize !== null && args.pageSize !== undefined;
  if (hasNumber && !hasSize) throw new FetchError(field, 'Executions field must contain pageSize');
  if (hasSize && !hasNumber) throw new FetchError(field, 'Executions field must contain pageNumber');
  if (hasNumber && args.pageNumber! < 1) throw new FetchError(field, 'Page cannot be less than 1');
  if (hasSize && args.pageSize! < 1) throw new FetchError(field, 'Page size cannot be less than 1');
  if (hasSize && args.pageSize! > PAGE_LIMITS.executions) {
    throw new FetchError(
      field,
      `Page size cannot be more than ${PAGE_LIMITS.executions} (the local Control Service's limit)`,
    );
  }

  const where: string[] = [];
  const params: unknown[] = [];
  const filter = args.filter ?? {};
  const jobNames = listFilter(filter.jobNameIn);
  if (jobName !== undefined) {
    if (jobNames.length > 0) throw new FetchError(field, 'The jobNameIn filter is not supported for nested executions');
    where.push('e.job_name = ?');
    params.push(jobName);
  } else if (jobNames.length > 0) {
    where.push(`e.job_name IN (${jobNames.map(() => '?').join(',')})`);
    params.push(...jobNames);
  }
  const teams = listFilter(filter.teamNameIn);
  if (teams.length > 0) {
    where.push(`j.team IN (${teams.map(() => '?').join(',')})`);
    params.push(...teams);
  }
  const statuses = listFilter(filter.statusIn).map((status) => status.toLowerCase() as ExecutionStatus);
  if (statuses.length > 0) {
    where.push(`e.status IN (${statuses.map(() => '?').join(',')})`);
    params.push(...statuses);
    // SQLite uses the partial index of runs going on (db/schema.ts) only for a query that repeats its condition: a
    // team's running runs are then read from a few hundred rows, not from every run of its jobs (250 → 3 ms, large seed).
    if (statuses.every((status) => !TERMINAL_STATUSES.includes(status))) where.push(ACTIVE_INDEX_CONDITION);
  }
  const bounds: [number | null | undefined, string][] = [
    [filter.startTimeGte, 'e.start_time >= ?'],
    [filter.startTimeLte, 'e.start_time <= ?'],
    [filter.endTimeGte, 'e.end_time >= ?'],
    [filter.endTimeLte, 'e.end_time <= ?'],
  ];
  for (const [value, sql] of bounds) {
    if (value !== null && value !== undefined) {
      where.push(sql);
      params.push(value);
    }
  }

  let orderSql = 'e.id';
  if (args.order) {
    const property = args.order.property ?? '';
    const column = ORDER_COLUMNS[property];
    if (!column) throw new FetchError(field, `order.property must be in [${Object.keys(ORDER_COLUMNS).join(', ')}]`);
    const direction = args.order.direction;
    if (!direction) throw new FetchError(field, 'Executions field must contain order.direction');
    // PostgreSQL order: NULLS LAST ascending, NULLS FIRST descending.
    const nulls = column.nullable ? `(${column.sql} IS NULL) ${direction === 'ASC' ? 'ASC' : 'DESC'}, ` : '';
    orderSql = `${nulls}${column.sql} ${direction}, e.id ${direction}`;
  }

  const needsTeam = teams.length > 0 || args.order?.property === 'jobTeam';
  const from = `FROM executions e${needsTeam ? ' JOIN jobs j ON j.name = e.job_name' : ''}`;
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // Unpaged: at most the limit, one row more to tell that there are more.
  const paging = hasNumber
    ? ` LIMIT ${args.pageSize!} OFFSET ${(args.pageNumber! - 1) * args.pageSize!}`
    : ` LIMIT ${PAGE_LIMITS.executions + 1}`;
  // The page is chosen from index entries alone (each holds the id), and only its rows are read whole: sorting every
  // matching row of a team before the offset cost 300 ms a 1,000-run page on the large seed, the ids alone 36 ms.
  const pageIds = `SELECT e.id ${from} ${whereSql} ORDER BY ${orderSql}${paging}`;
  const rows = prepared(ctx.db, `SELECT e.* ${from} WHERE e.id IN (${pageIds}) ORDER BY ${orderSql}`).all(
    ...params,
  ) as ExecutionRow[];
  if (!hasNumber && rows.length > PAGE_LIMITS.executions) {
    throw new FetchError(
      field,
      `More than ${PAGE_LIMITS.executions} executions match (the local Control Service's limit): pass pageNumber and pageSize`,
    );
  }
  if (jobName !== undefined) return { rows, totalItems: rows.length, totalPages: 1 };
  const totalItems = hasNumber
    ? (ctx.db
        .prepare(`SELECT COUNT(*) ${from} ${whereSql}`)
        .pluck()
        .get(...params) as number)
    : rows.length;
  // Spring's Page: 0 pages for an empty paged result, 1 when unpaged.
  const totalPages = hasNumber ? Math.ceil(totalItems / args.pageSize!) : 1;
  return { rows, totalItems, totalPages };
}

/** GraphQL `DataJobExecution`: uppercase enums, `OffsetDateTime.toString()` dates. */
export function toGraphqlExecution(row: ExecutionRow, nested: boolean, now: number) {
  return {
    id: row.id,
    type: row.type.toUpperCase(),
    jobName: row.job_name,
    status: row.status.toUpperCase(),
    startTime: javaDateString(row.start_time),
    endTime: nullableJavaDate(row.end_time),
    startedBy: row.started_by,
    message: row.message,
    opId: row.op_id,
    logsUrl: row.logs_url ?? '',
    deployment: {
      id: 'release',
      enabled: true,
      contacts: null,
      jobVersion: row.job_version,
      // The nested form reads `jobPythonVersion` from a REST model that calls it `pythonVersion`: always null.
      jobPythonVersion: nested ? null : row.python_version,
      deployedDate: row.deployed_date,
      deployedBy: row.deployed_by,
      mode: 'release',
      resources: {
        cpuLimit: row.cpu_limit,
        cpuRequest: row.cpu_request,
        memoryLimit: row.memory_limit,
        memoryRequest: row.memory_request,
        empheralStorageLimit: null,
        empheralSorageRequest: null,
        netBandwitdthLimit: null,
      },
      schedule: {
        scheduleCron: row.schedule_cron,
        nextRunEpochSeconds: () => nextRunEpochSeconds(row.schedule_cron, now),
      },
      vdkVersion: row.vdk_version,
      status: null,
    },
  };
}
