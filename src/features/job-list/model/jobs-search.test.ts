import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JOBS_SEARCH,
  hasFilters,
  parseJobsSearch,
  sortProperty,
  toSearchParams,
  type JobsSearch,
} from '../model/jobs-search';

const parse = (query: string) => parseJobsSearch(new URLSearchParams(query));

describe('parseJobsSearch', () => {
  it('gives the defaults for an empty query, with nothing rejected', () => {
    expect(parse('')).toEqual({ state: DEFAULT_JOBS_SEARCH, rejected: [] });
  });

  it('reads every parameter of a shared link', () => {
    const { state, rejected } = parse(
      'search=sales&status=user_error&deployment=disabled&sort=-last_run&page=3&size=100&team=analytics',
    );
    expect(rejected).toEqual([]);
    expect(state).toEqual<JobsSearch>({
      search: 'sales',
      status: 'user_error',
      deployment: 'disabled',
      sort: { field: 'last_run', direction: 'desc' },
      page: 3,
      size: 100,
      team: 'analytics',
    });
    expect(sortProperty(state.sort)).toBe('deployments.lastExecutionTime');
  });

  it('replaces each bad value by its default and says which parameter was ignored and why', () => {
    const { state, rejected } = parse('status=FAILED&deployment=paused&sort=-colour&page=0&size=33&search=ok');
    expect(state).toEqual({ ...DEFAULT_JOBS_SEARCH, search: 'ok' });
    expect(rejected.map((r) => [r.param, r.value])).toEqual([
      ['status', 'FAILED'],
      ['deployment', 'paused'],
      ['sort', '-colour'],
      ['page', '0'],
      ['size', '33'],
    ]);
    expect(rejected.find((r) => r.param === 'size')?.reason).toBe('one of 25, 50, 100');
    expect(rejected.find((r) => r.param === 'sort')?.reason).toMatch(/a sortable column \(name, team/);
  });

  it('rejects pages that are not whole positive numbers', () => {
    for (const page of ['-1', '1.5', 'two', '1e9']) {
      expect(parse(`page=${page}`).state.page).toBe(1);
      expect(parse(`page=${page}`).rejected[0]?.param).toBe('page');
    }
  });

  it('treats empty parameters as absent, not as mistakes', () => {
    expect(parse('search=&status=&page=')).toEqual({ state: DEFAULT_JOBS_SEARCH, rejected: [] });
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(toSearchParams(DEFAULT_JOBS_SEARCH).toString()).toBe('');
  });

  it('round-trips a state and keeps parameters the list does not own', () => {
    const state: JobsSearch = {
      ...DEFAULT_JOBS_SEARCH,
      search: ' ingest ',
      deployment: 'not_deployed',
      sort: { field: 'name', direction: 'desc' },
      page: 2,
    };
    const params = toSearchParams(state, new URLSearchParams('embed=1&page=9'));
    expect(params.get('embed')).toBe('1');
    expect(params.get('sort')).toBe('-name');
    expect(parseJobsSearch(params).state).toEqual({ ...state, search: 'ingest' });
  });
});

describe('hasFilters', () => {
  it('counts search, status, deployment and team, but not sort or paging', () => {
    expect(hasFilters({ ...DEFAULT_JOBS_SEARCH, page: 4, sort: { field: 'team', direction: 'desc' } })).toBe(false);
    expect(hasFilters({ ...DEFAULT_JOBS_SEARCH, search: 'x' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_JOBS_SEARCH, status: 'running' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_JOBS_SEARCH, deployment: 'enabled' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_JOBS_SEARCH, team: 'a' })).toBe(true);
  });
});
