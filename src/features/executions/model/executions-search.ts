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
import * as v from 'valibot';

/**
 * The history page's URL state. Every param is parsed on its own with a fallback, so one bad
 * value (a hand-edited link, an old bookmark) costs only that filter, and the page says which
 * params it ignored. Defaults never appear in the URL.
 *
 *   ?status=user_error&status=platform_error&type=scheduled&range=7d&page=2&page_size=50&sort=-end_time
 *   ?range=custom&from=2026-11-20T00:00:00.000Z&to=2026-11-21T00:00:00.000Z
 */

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ExecutionsSearch extends ExecutionFilters {
  page: number;
  pageSize: number;
  sort: ExecutionOrder;
}

export const DEFAULT_SEARCH: ExecutionsSearch = {
  statuses: [],
  range: { kind: 'all' },
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_ORDER,
};

export interface ParsedSearch {
  search: ExecutionsSearch;
  /** Params present in the URL whose value was not understood (and so ignored). */
  rejected: RejectedParam[];
}

const rangeSchema = v.picklist(['all', ...TIME_PRESETS, 'custom']);

export function parseExecutionsSearch(params: URLSearchParams): ParsedSearch {
  const { one, statuses, rejected } = paramReader(params);
  return {
    search: {
      statuses: statuses(),
      type: one('type', typeSchema),
      range: toTimeRange(one('range', rangeSchema), one('from', instantSchema), one('to', instantSchema)),
      page: one('page', pageSchema) ?? DEFAULT_SEARCH.page,
      pageSize: one('page_size', oneOfNumbers(PAGE_SIZES)) ?? DEFAULT_PAGE_SIZE,
      sort: one('sort', orderSchema) ?? DEFAULT_ORDER,
    },
    rejected,
  };
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
  const sort = orderParam(search.sort);
  if (sort) params.set('sort', sort);
  return params;
}
