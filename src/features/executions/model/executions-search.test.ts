import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEARCH,
  parseExecutionsSearch,
  serializeExecutionsSearch,
  type ExecutionsSearch,
} from './executions-search';
import { rangeBounds } from '@/lib/time-range';

const parse = (query: string) => parseExecutionsSearch(new URLSearchParams(query));

describe('execution history URL state', () => {
  it('reads every filter, the page and the order', () => {
    const { search, rejected } = parse(
      'status=user_error&status=platform_error&type=scheduled&range=7d&page=3&page_size=50&sort=-end_time',
    );
    expect(rejected).toEqual([]);
    expect(search).toEqual({
      statuses: ['user_error', 'platform_error'],
      type: 'scheduled',
      range: { kind: 'preset', preset: '7d' },
      page: 3,
      pageSize: 50,
      sort: { property: 'endTime', direction: 'DESC' },
    });
  });

  it('falls back per param and names what it ignored, keeping the rest', () => {
    const { search, rejected } = parse(
      'status=running&status=exploded&type=cron&range=1y&page=-2&page_size=7&sort=-colour',
    );
    expect(search).toEqual({ ...DEFAULT_SEARCH, statuses: ['running'] });
    expect(rejected).toEqual([
      { name: 'status', value: 'exploded' },
      { name: 'type', value: 'cron' },
      { name: 'range', value: '1y' },
      { name: 'page', value: '-2' },
      { name: 'page_size', value: '7' },
      { name: 'sort', value: '-colour' },
    ]);
  });

  it('accepts comma-separated and upper-case statuses (as the REST API spells them) once each', () => {
    expect(parse('status=SUCCEEDED,running&status=running').search.statuses).toEqual(['succeeded', 'running']);
  });

  it('reads a custom range, swapping reversed bounds and rejecting dates without an offset', () => {
    expect(parse('range=custom&from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z').search.range).toEqual({
      kind: 'custom',
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
    });
    const local = parse('range=custom&from=2026-11-21T00:00:00');
    expect(local.search.range).toEqual({ kind: 'all' });
    expect(local.rejected).toEqual([{ name: 'from', value: '2026-11-21T00:00:00' }]);
  });

  it('leaves defaults out of the URL and round-trips everything else', () => {
    expect(serializeExecutionsSearch(DEFAULT_SEARCH).toString()).toBe('');
    const search: ExecutionsSearch = {
      statuses: ['skipped'],
      type: 'manual',
      range: { kind: 'custom', from: '2026-11-20T10:00:00.000Z' },
      page: 2,
      pageSize: 100,
      sort: { property: 'startTime', direction: 'ASC' },
    };
    const query = serializeExecutionsSearch(search).toString();
    expect(query).toBe(
      'status=skipped&type=manual&range=custom&from=2026-11-20T10%3A00%3A00.000Z&page=2&page_size=100&sort=start_time',
    );
    expect(parse(query)).toEqual({ search, rejected: [] });
  });

  it('turns presets into start-time bounds relative to now, stable within a minute', () => {
    const now = Date.parse('2026-11-27T17:05:42.123Z');
    expect(rangeBounds({ kind: 'preset', preset: '24h' }, now)).toEqual({ startedAfter: '2026-11-26T17:05:00.000Z' });
    expect(rangeBounds({ kind: 'preset', preset: '24h' }, now + 10_000)).toEqual(
      rangeBounds({ kind: 'preset', preset: '24h' }, now),
    );
    expect(rangeBounds({ kind: 'preset', preset: '14d' }, now).startedAfter).toBe('2026-11-13T17:05:00.000Z');
    expect(rangeBounds({ kind: 'all' }, now)).toEqual({});
  });
});
