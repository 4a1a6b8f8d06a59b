import * as v from 'valibot';
import {
  EXECUTION_ORDER_PROPERTIES,
  type ExecutionOrder,
  type ExecutionOrderProperty,
} from '@/api/graphql/executions-query';
import type { ExecutionsPage, ExecutionSummary } from '@/api/types';
import type { ExecutionStatus } from '@/lib/execution-status';
import type { TimeRange } from '@/lib/time-range';

/**
 * What a list of executions can be narrowed by, in a job's history and on the runs page, and how its order is
 * written in the URL (`sort=-end_time`).
 */
export type ExecutionTypeFilter = 'manual' | 'scheduled';

export interface ExecutionFilters {
  statuses: ExecutionStatus[];
  /** The service cannot filter by type: it is applied to each page it returns. */
  type?: ExecutionTypeFilter;
  range: TimeRange;
}

export const NO_FILTERS: ExecutionFilters = { statuses: [], type: undefined, range: { kind: 'all' } };

export const typeSchema = v.picklist(['manual', 'scheduled']);

export const DEFAULT_ORDER: ExecutionOrder = { property: 'startTime', direction: 'DESC' };

const toSnake = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const ORDER_BY_PARAM = new Map<string, ExecutionOrderProperty>(
  EXECUTION_ORDER_PROPERTIES.map((property) => [toSnake(property), property]),
);

/** `start_time` (ascending) or `-start_time` (descending), any property the service orders by. */
export const orderSchema = v.pipe(
  v.string(),
  v.regex(/^-?[a-z_]+$/),
  v.check((value) => ORDER_BY_PARAM.has(value.replace(/^-/, '')), 'unknown sort column'),
  v.transform((value): ExecutionOrder => ({
    property: ORDER_BY_PARAM.get(value.replace(/^-/, ''))!,
    direction: value.startsWith('-') ? 'DESC' : 'ASC',
  })),
);

/** The URL form of an order; undefined for the default, which stays out of the URL. */
export function orderParam({ property, direction }: ExecutionOrder): string | undefined {
  if (property === DEFAULT_ORDER.property && direction === DEFAULT_ORDER.direction) return undefined;
  return `${direction === 'DESC' ? '-' : ''}${toSnake(property)}`;
}

export function hasFilters(filters: ExecutionFilters): boolean {
  return filters.statuses.length > 0 || filters.type !== undefined || filters.range.kind !== 'all';
}

export interface ExecutionsView {
  rows: ExecutionSummary[];
  totalItems: number;
  /** Rows of the fetched page left out by filters the service cannot apply (type, started by). */
  hiddenOnPage: number;
  /** Rows the service returned for this page before those filters. */
  pageRows: number;
}

/** The filters the service cannot apply (type; started by, a case-insensitive part), as a test of one run. */
export function matchesClientFilters({
  type,
  startedBy,
}: {
  type?: ExecutionTypeFilter;
  startedBy?: string;
}): (row: Pick<ExecutionSummary, 'type'> & Partial<Pick<ExecutionSummary, 'startedBy'>>) => boolean {
  const by = startedBy?.trim().toLowerCase();
  return (row) =>
    (!type || row.type?.toLowerCase() === type) && (!by || (row.startedBy ?? '').toLowerCase().includes(by));
}

/** Applies the filters the service cannot to one page it returned. */
export function filterPage(
  page: ExecutionsPage,
  filters: { type?: ExecutionTypeFilter; startedBy?: string },
): ExecutionsView {
  const all = (page.content ?? []).filter((row): row is ExecutionSummary => row !== null);
  const rows = all.filter(matchesClientFilters(filters));
  return {
    rows,
    totalItems: page.totalItems ?? all.length,
    hiddenOnPage: all.length - rows.length,
    pageRows: all.length,
  };
}
