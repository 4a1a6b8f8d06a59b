import * as v from 'valibot';
import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
import type { ExecutionOrder } from '@/api/graphql/executions-query';
import {
  DEFAULT_ORDER,
  orderParam,
  orderSchema,
  typeSchema,
  type ExecutionFilters,
} from '@/components/execution/execution-filters';
import { instantSchema, oneOfNumbers, pageSchema, paramReader, type RejectedParam } from '@/lib/search-params';
import { TIME_PRESETS, toTimeRange } from '@/lib/time-range';

/**
 * The runs page's URL state, agreed with the pages that link to it (the home):
 *
 *   ?status=user_error&status=platform_error&type=scheduled&job=ingest-sales&job=ingest-costs&startedBy=jdoe
 *   &preset=24h | &from=2026-11-20T00:00:00.000Z&to=2026-11-21T00:00:00.000Z
 *   &page=2&page_size=50&sort=-end_time&view=timeline&team=analytics (team: the all-teams page only)
 *
 * Each param is read on its own with a fallback, and what was not understood is named. Defaults stay out of the URL.
 */

export const RUNS_PAGE_SIZES = [25, 50, 100] as const;
export type RunsPageSize = (typeof RUNS_PAGE_SIZES)[number];
export const RUNS_VIEWS = ['table', 'timeline'] as const;
export type RunsView = (typeof RUNS_VIEWS)[number];

export interface RunsSearch extends ExecutionFilters {
  /** Exact job names (the service filters by them), at most JOB_NAMES_PER_REQUEST: one request names them all. */
  jobs: string[];
  /** Part of "started by", any case (applied to each page: the service cannot filter by it). */
  startedBy?: string;
  page: number;
  pageSize: RunsPageSize;
  sort: ExecutionOrder;
  view: RunsView;
  /** On the all-teams page: one team only. */
  team?: string;
}

export const DEFAULT_RUNS_SEARCH: RunsSearch = {
  statuses: [],
  jobs: [],
  range: { kind: 'all' },
  page: 1,
  pageSize: 25,
  sort: DEFAULT_ORDER,
  view: 'table',
};

const textSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(1_000));

/**
 * `job` repeated, each name once; past the most one request can name, the rest are rejected (named, not dropped
 * without a word).
 */
function readJobs(params: URLSearchParams, rejected: RejectedParam[]): string[] {
  const jobs: string[] = [];
  for (const raw of params.getAll('job')) {
    if (raw === '') continue;
    const result = v.safeParse(textSchema, raw);
    if (result.success && jobs.includes(result.output)) continue;
    if (result.success && jobs.length < JOB_NAMES_PER_REQUEST) jobs.push(result.output);
    else rejected.push({ name: 'job', value: raw });
  }
  return jobs;
}

export function parseRunsSearch(params: URLSearchParams): {
  search: RunsSearch;
  rejected: RejectedParam[];
} {
  const { one, statuses, rejected } = paramReader(params);
  const pageSize = one('page_size', oneOfNumbers(RUNS_PAGE_SIZES));
  return {
    search: {
      statuses: statuses(),
      type: one('type', typeSchema),
      jobs: readJobs(params, rejected),
      startedBy: one('startedBy', textSchema),
      range: toTimeRange(one('preset', v.picklist(TIME_PRESETS)), one('from', instantSchema), one('to', instantSchema)),
      page: one('page', pageSchema) ?? 1,
      pageSize: RUNS_PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_RUNS_SEARCH.pageSize,
      sort: one('sort', orderSchema) ?? DEFAULT_ORDER,
      view: one('view', v.picklist(RUNS_VIEWS)) ?? 'table',
      team: one('team', textSchema),
    },
    rejected,
  };
}

export function serializeRunsSearch(search: RunsSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of search.statuses) params.append('status', status);
  if (search.type) params.set('type', search.type);
  for (const job of search.jobs) params.append('job', job);
  if (search.startedBy) params.set('startedBy', search.startedBy);
  if (search.range.kind === 'preset') params.set('preset', search.range.preset);
  if (search.range.kind === 'custom') {
    if (search.range.from) params.set('from', search.range.from);
    if (search.range.to) params.set('to', search.range.to);
  }
  if (search.page !== 1) params.set('page', String(search.page));
  if (search.pageSize !== DEFAULT_RUNS_SEARCH.pageSize) params.set('page_size', String(search.pageSize));
  const sort = orderParam(search.sort);
  if (sort) params.set('sort', sort);
  if (search.view !== 'table') params.set('view', search.view);
  if (search.team) params.set('team', search.team);
  return params;
}
