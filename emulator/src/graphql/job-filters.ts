import { RE2JS } from 're2js';
import { FetchError } from './query-error.ts';

/** A `Predicate` of the `jobs` query. */
export interface Predicate {
  property?: string | null;
  pattern?: string | null;
  sort?: 'ASC' | 'DESC' | null;
}

/** Canonical spelling of each property the real service knows (matched case-insensitively). */
const KNOWN = [
  'jobName',
  'config.team',
  'config.description',
  'deployments.enabled',
  'deployments.jobPythonVersion',
  'deployments.lastExecutionStatus',
  'deployments.lastExecutionTime',
  'deployments.lastExecutionDuration',
  'config.schedule.nextRunEpochSeconds',
  'config.schedule.scheduleCron',
  'config.sourceUrl',
  'config.contacts.present',
  'deployments',
  'deployments.executions',
  'deployments.failedExecutions',
  'deployments.successfulExecutions',
] as const;
type Property = (typeof KNOWN)[number];

/** Known names without a strategy: using them makes the real data fetcher throw. */
const WITHOUT_STRATEGY: ReadonlySet<Property> = new Set([
  'deployments',
  'deployments.executions',
  'deployments.failedExecutions',
  'deployments.successfulExecutions',
]);
/** Accepted but without any effect on filter or order. */
const IGNORED: ReadonlySet<Property> = new Set(['config.schedule.scheduleCron', 'config.sourceUrl']);

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

interface Compiled {
  where: SqlFragment[];
  order: { property: Property; direction: 'ASC' | 'DESC' } | null;
}

/** What the SQL can see: deployment columns only when `deployments` is selected, as in the real service. */
export interface Visibility {
  deployments: boolean;
  nextRun: boolean;
}

const FIELD = 'jobs';
const invalid = (property: string | null | undefined) =>
  new FetchError(FIELD, `Provided filter for ${String(property)} is either not valid or currently not supported`);

export function expressions(visible: Visibility) {
  const deployed = visible.deployments ? 'd.job_name IS NOT NULL' : '0';
  const ifDeployed = (column: string) => (visible.deployments ? `CASE WHEN ${deployed} THEN ${column} END` : 'NULL');
  return {
    deployed,
    enabledState: visible.deployments
      ? "CASE WHEN d.job_name IS NULL THEN 'not_deployed' WHEN d.enabled = 1 THEN 'enabled' ELSE 'disabled' END"
      : "'not_deployed'",
    python: ifDeployed('d.python_version'),
    lastStatus: ifDeployed('j.last_execution_status'),
    lastTime: ifDeployed('j.last_execution_end_time'),
    lastDuration: ifDeployed('j.last_execution_duration'),
    nextRun: visible.nextRun ? 'vdk_next_run(j.schedule_cron)' : 'NULL',
  };
}

function parseRange(property: string, pattern: string): [number, number] {
  const parts = pattern.split('-');
  if (parts.length !== 2) throw new FetchError(FIELD, `${property} does not contain valid date range.`);
  const [start, end] = parts.map((part) => Number(part.trim()));
  if (!Number.isInteger(start) || !Number.isInteger(end) || parts.some((part) => part.trim() === '')) {
    throw new FetchError(FIELD, `${property} does not contain valid dates.Correct format is "1619460302-1619460302"`);
  }
  if (start! > end!) throw new FetchError(FIELD, `First date of ${property} is after the second.`);
  return [start!, end!];
}

/**
 * `config.team`: lowercase, `%` → `.*`, Java regex full match (the SQL function runs it on RE2), or trimmed
 * case-insensitive equality. RE2 has no backreferences or lookaround: a pattern with them is refused as invalid.
 */
export function teamPattern(pattern: string): string {
  const source = `(?:${pattern.toLowerCase().replace(/%/g, '.*')})`;
  try {
    RE2JS.compile(source);
  } catch (error) {
    throw new FetchError(FIELD, `java.util.regex.PatternSyntaxException: ${(error as Error).message}`);
  }
  return source;
}

/** `jobName` with `*`: FilenameUtils.wildcardMatch (`*` any, `?` one), case-insensitive. */
export function wildcardPattern(pattern: string): string {
  return pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/[*?]/g, (wildcard) => (wildcard === '*' ? '.*' : '.'));
}

function filterFor(property: Property, pattern: string, visible: Visibility): SqlFragment | null {
  const e = expressions(visible);
  switch (property) {
    case 'jobName':
      return pattern.includes('*')
        ? { sql: 'vdk_regex(j.name, ?)', params: [wildcardPattern(pattern)] }
        : { sql: 'lower(j.name) = lower(?)', params: [pattern] };
    case 'config.team':
      // Without regex syntax the full match is a plain case-insensitive comparison the index answers.
      if (!/[%.*+?^${}()|[\]\\]/.test(pattern) && pattern === pattern.trim()) {
        return { sql: 'lower(j.team) = ?', params: [pattern.toLowerCase()] };
      }
      return {
        sql: '(vdk_regex(lower(j.team), ?) OR lower(trim(j.team)) = lower(trim(?)))',
        params: [teamPattern(pattern), pattern],
      };
    case 'config.description':
      return { sql: 'instr(lower(j.description), lower(?)) > 0', params: [pattern] };
    case 'deployments.enabled':
      return { sql: `${e.enabledState} = lower(?)`, params: [pattern] };
    case 'deployments.jobPythonVersion':
      return { sql: `instr(lower(${e.python}), lower(?)) > 0`, params: [pattern] };
    case 'deployments.lastExecutionStatus':
      return { sql: `${e.lastStatus} = ?`, params: [pattern] };
    case 'deployments.lastExecutionTime': {
      const [start, end] = parseRange(property, pattern);
      return { sql: `(${e.lastTime} / 1000) BETWEEN ? AND ?`, params: [start, end] };
    }
    case 'deployments.lastExecutionDuration':
      return { sql: '0', params: [] };
    case 'config.schedule.nextRunEpochSeconds': {
      const [start, end] = parseRange(property, pattern);
      return { sql: `(${e.nextRun} > 0 AND ${e.nextRun} BETWEEN ? AND ?)`, params: [start, end] };
    }
    default:
      return null;
  }
}

/** Parses the predicate list: filters (ANDed) and the sort of the last predicate that has one. */
export function compilePredicates(predicates: readonly (Predicate | null)[], visible: Visibility): Compiled {
  const compiled: Compiled = { where: [], order: null };
  const seen = new Set<string>();
  for (const predicate of predicates) {
    if (!predicate) continue;
    const property = KNOWN.find((known) => known.toLowerCase() === predicate.property?.toLowerCase());
    if (!property || WITHOUT_STRATEGY.has(property)) throw invalid(predicate.property);
    const hasPattern = predicate.pattern !== null && predicate.pattern !== undefined;
    const hasSort = predicate.sort !== null && predicate.sort !== undefined;
    if (!hasPattern && !hasSort) throw invalid(predicate.property);
    const key = JSON.stringify([property, predicate.pattern ?? null, predicate.sort ?? null]);
    if (seen.has(key)) throw new FetchError(FIELD, `java.lang.IllegalStateException: Duplicate key ${property}`);
    seen.add(key);
    if (IGNORED.has(property)) continue;
    if (hasPattern && property !== 'config.contacts.present') {
      const fragment = filterFor(property, predicate.pattern!, visible);
      if (fragment) compiled.where.push(fragment);
    }
    if (hasSort) compiled.order = { property, direction: predicate.sort! };
  }
  return compiled;
}

/** ORDER BY for the winning sort; ties keep the name order of the real `findAll()`. */
export function orderBy(order: Compiled['order'], visible: Visibility): string {
  if (!order) return 'j.name ASC';
  const e = expressions(visible);
  const desc = order.direction === 'DESC';
  // Java's nullsFirst/nullsLast comparators; DESC reverses the whole comparator, nulls included.
  const nullable = (expression: string, nullsFirstWhenAsc: boolean) => {
    const nullsFirst = nullsFirstWhenAsc !== desc;
    return `(${expression} IS NULL) ${nullsFirst ? 'DESC' : 'ASC'}, ${expression} ${order.direction}, j.name ASC`;
  };
  switch (order.property) {
    case 'jobName':
      return `j.name ${order.direction}`;
    case 'config.team':
      return nullable('j.team', false);
    case 'config.description':
      return nullable('j.description', false);
    case 'deployments.enabled':
      return `(CASE ${e.enabledState} WHEN 'enabled' THEN 0 WHEN 'disabled' THEN 1 ELSE 2 END) ${order.direction}, j.name ASC`;
    case 'deployments.jobPythonVersion':
      return `${e.python} ${order.direction}, j.name ASC`;
    case 'deployments.lastExecutionStatus':
      return nullable(e.lastStatus, true);
    case 'deployments.lastExecutionTime':
      return nullable(e.lastTime, true);
    case 'deployments.lastExecutionDuration':
      return nullable(e.lastDuration, true);
    case 'config.schedule.nextRunEpochSeconds':
      return `vdk_next_run(j.schedule_cron) ${order.direction}, j.name ASC`;
    case 'config.contacts.present':
      return `(coalesce(j.notified_on_job_failure_user_error, j.notified_on_job_failure_platform_error,
        j.notified_on_job_success, j.notified_on_job_deploy) IS NOT NULL) ${order.direction}, j.name ASC`;
    default:
      return 'j.name ASC';
  }
}

/** `search`: a job matches if any selected field's strategy matches. */
export function searchFragment(search: string, selected: ReadonlySet<string>, visible: Visibility): SqlFragment {
  const e = expressions(visible);
  const term = search.toLowerCase();
  const parts: SqlFragment[] = [];
  const contains = (expression: string) => parts.push({ sql: `instr(lower(${expression}), ?) > 0`, params: [term] });
  if (selected.has('jobName')) contains('j.name');
  if (selected.has('config.team')) contains('j.team');
  if (selected.has('config.description')) contains('j.description');
  if (selected.has('deployments.enabled')) parts.push({ sql: `${e.enabledState} = ?`, params: [term] });
  if (selected.has('deployments.jobPythonVersion')) contains(e.python);
  if (selected.has('deployments.lastExecutionStatus')) parts.push({ sql: `${e.lastStatus} = ?`, params: [search] });
  if (selected.has('config.schedule.nextRunEpochSeconds')) contains(`CAST(vdk_next_run(j.schedule_cron) AS TEXT)`);
  if (selected.has('config.schedule.scheduleCron')) contains('j.schedule_cron');
  if (parts.length === 0) return { sql: '0', params: [] };
  return { sql: `(${parts.map((part) => part.sql).join(' OR ')})`, params: parts.flatMap((part) => part.params) };
}

export function needsPythonSortCheck(order: Compiled['order']): boolean {
  return order?.property === 'deployments.jobPythonVersion';
}
