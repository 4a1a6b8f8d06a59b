import * as v from 'valibot';
import { EXECUTION_ORDER_PROPERTIES, type ExecutionOrderProperty } from '@/api/graphql/executions-query';
import { EXECUTION_STATUSES, type ExecutionStatus } from '@/lib/execution-status';

/**
 * The history page's URL state. Every param is parsed on its own with a fallback, so one bad
 * value (a hand-edited link, an old bookmark) costs only that filter, and the page says which
 * params it ignored. Defaults never appear in the URL.
 *
 *   ?status=user_error&status=platform_error&type=scheduled&range=7d&page=2&page_size=50&sort=-end_time
 *   ?range=custom&from=2026-11-20T00:00:00.000Z&to=2026-11-21T00:00:00.000Z
 */

export const TIME_PRESETS = ['24h', '7d', '14d'] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];
export type TimeRange =
  { kind: 'all' } | { kind: 'preset'; preset: TimePreset } | { kind: 'custom'; from?: string; to?: string };

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export type ExecutionTypeFilter = 'manual' | 'scheduled';

export interface ExecutionsSort {
  property: ExecutionOrderProperty;
  direction: 'ASC' | 'DESC';
}
export const DEFAULT_SORT: ExecutionsSort = { property: 'startTime', direction: 'DESC' };

export interface ExecutionsSearch {
  statuses: ExecutionStatus[];
  type?: ExecutionTypeFilter;
  range: TimeRange;
  page: number;
  pageSize: number;
  sort: ExecutionsSort;
}

export const DEFAULT_SEARCH: ExecutionsSearch = {
  statuses: [],
  range: { kind: 'all' },
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_SORT,
};

export interface ParsedSearch {
  search: ExecutionsSearch;
  /** Params present in the URL whose value was not understood (and so ignored). */
  rejected: { name: string; value: string }[];
}

const toSnake = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const SORT_BY_PARAM = new Map<string, ExecutionOrderProperty>(
  EXECUTION_ORDER_PROPERTIES.map((property) => [toSnake(property), property]),
);

const statusSchema = v.picklist(EXECUTION_STATUSES);
const typeSchema = v.picklist(['manual', 'scheduled']);
const rangeSchema = v.picklist(['all', ...TIME_PRESETS, 'custom']);
const instantSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((value) => new Date(value).toISOString()),
);
const wholeNumber = v.pipe(v.string(), v.regex(/^\s*\d+\s*$/), v.transform(Number));
const pageSchema = v.pipe(wholeNumber, v.minValue(1), v.maxValue(1_000_000));
const pageSizeSchema = v.pipe(
  wholeNumber,
  v.check((size) => (PAGE_SIZES as readonly number[]).includes(size)),
);
const sortSchema = v.pipe(
  v.string(),
  v.regex(/^-?[a-z_]+$/),
  v.check((value) => SORT_BY_PARAM.has(value.replace(/^-/, '')), 'unknown sort column'),
  v.transform((value): ExecutionsSort => ({
    property: SORT_BY_PARAM.get(value.replace(/^-/, ''))!,
    direction: value.startsWith('-') ? 'DESC' : 'ASC',
  })),
);

export function parseExecutionsSearch(params: URLSearchParams): ParsedSearch {
  const rejected: ParsedSearch['rejected'] = [];
  function one<T>(name: string, schema: v.GenericSchema<string, T>): T | undefined {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const result = v.safeParse(schema, raw);
    if (result.success) return result.output;
    rejected.push({ name, value: raw });
    return undefined;
  }

  const statuses: ExecutionStatus[] = [];
  for (const raw of params.getAll('status').flatMap((value) => value.split(','))) {
    const result = v.safeParse(statusSchema, raw.trim().toLowerCase());
    if (!result.success) rejected.push({ name: 'status', value: raw });
    else if (!statuses.includes(result.output)) statuses.push(result.output);
  }

  return {
    search: {
      statuses,
      type: one('type', typeSchema),
      range: parseRange(one('range', rangeSchema), one('from', instantSchema), one('to', instantSchema)),
      page: one('page', pageSchema) ?? DEFAULT_SEARCH.page,
      pageSize: one('page_size', pageSizeSchema) ?? DEFAULT_PAGE_SIZE,
      sort: one('sort', sortSchema) ?? DEFAULT_SORT,
    },
    rejected,
  };
}

function parseRange(kind: string | undefined, from: string | undefined, to: string | undefined): TimeRange {
  if (kind === 'custom' || (kind === undefined && (from || to))) {
    if (!from && !to) return { kind: 'all' };
    // A reversed range is almost always a slip; swap rather than show an always-empty page.
    if (from && to && from > to) return { kind: 'custom', from: to, to: from };
    return { kind: 'custom', from, to };
  }
  const preset = TIME_PRESETS.find((candidate) => candidate === kind);
  return preset ? { kind: 'preset', preset } : { kind: 'all' };
}

/** The URL form of a search: defaults are left out so plain links stay plain. */
export function serializeExecutionsSearch(search: ExecutionsSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of search.statuses) params.append('status', status);
  if (search.type) params.set('type', search.type);
  if (search.range.kind === 'preset') params.set('range', search.range.preset);
  if (search.range.kind === 'custom') {
    params.set('range', 'custom');
    if (search.range.from) params.set('from', search.range.from);
    if (search.range.to) params.set('to', search.range.to);
  }
  if (search.page !== 1) params.set('page', String(search.page));
  if (search.pageSize !== DEFAULT_PAGE_SIZE) params.set('page_size', String(search.pageSize));
  const { property, direction } = search.sort;
  if (property !== DEFAULT_SORT.property || direction !== DEFAULT_SORT.direction) {
    params.set('sort', `${direction === 'DESC' ? '-' : ''}${toSnake(property)}`);
  }
  return params;
}

const PRESET_MS: Record<TimePreset, number> = {
  '24h': 24 * 3_600_000,
  '7d': 7 * 24 * 3_600_000,
  '14d': 14 * 24 * 3_600_000,
};

export const PRESET_LABELS: Record<TimePreset, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '14d': 'Last 14 days',
};

/**
 * Inclusive start-time bounds for the service. Presets are relative to `now`, rounded down to the
 * minute so the query key (and the cache) stays put between renders within that minute.
 */
export function rangeBounds(range: TimeRange, now = Date.now()): { startedAfter?: string; startedBefore?: string } {
  if (range.kind === 'all') return {};
  if (range.kind === 'custom') return { startedAfter: range.from, startedBefore: range.to };
  const minute = Math.floor(now / 60_000) * 60_000;
  return { startedAfter: new Date(minute - PRESET_MS[range.preset]).toISOString() };
}

/** Any filter that narrows the list (what "Clear filters" resets). */
export function hasFilters(search: ExecutionsSearch): boolean {
  return search.statuses.length > 0 || search.type !== undefined || search.range.kind !== 'all';
}
