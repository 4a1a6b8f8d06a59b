import { describe, expect, it } from 'vitest';
import { JOB_NAMES_PER_REQUEST } from '@/api/graphql/execution-history-query';
import { DEFAULT_RUNS_SEARCH, parseRunsSearch, serializeRunsSearch } from './runs-search';

const parse = (query: string) => parseRunsSearch(new URLSearchParams(query));

describe('runs page URL state', () => {
  it('reads the params the home links with', () => {
    const { search, rejected } = parse(
      'status=user_error&status=PLATFORM_ERROR&type=scheduled&job=ingest&startedBy=jdoe&preset=24h&page=2' +
        '&sort=-end_time&view=timeline&team=analytics',
    );
    expect(rejected).toEqual([]);
    expect(search).toEqual({
      statuses: ['user_error', 'platform_error'],
      type: 'scheduled',
      jobs: ['ingest'],
      startedBy: 'jdoe',
      range: { kind: 'preset', preset: '24h' },
      page: 2,
      pageSize: 25,
      sort: { property: 'endTime', direction: 'DESC' },
      view: 'timeline',
      team: 'analytics',
    });
  });

  it('reads a custom window from from/to, and swaps a reversed one', () => {
    const { search } = parse('from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z');
    expect(search.range).toEqual({
      kind: 'custom',
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
    });
  });

  it('ignores what it does not understand, names it, and keeps the rest', () => {
    const { search, rejected } = parse('status=exploded&status=running&view=gantt&preset=1y&page=0&sort=colour');
    expect(search).toEqual({ ...DEFAULT_RUNS_SEARCH, statuses: ['running'] });
    expect(rejected.map((param) => param.name).sort()).toEqual(['page', 'preset', 'sort', 'status', 'view']);
  });

  it('reads several jobs, each once, in the order of the link', () => {
    const { search, rejected } = parse('job=ingest-sales&job=%20ingest-costs%20&job=ingest-sales&job=');
    expect(search.jobs).toEqual(['ingest-sales', 'ingest-costs']);
    expect(rejected).toEqual([]);
  });

  it('names the jobs it cannot take: a blank one, and those past the most one request can name', () => {
    const names = Array.from({ length: JOB_NAMES_PER_REQUEST + 2 }, (_, index) => `job-${index}`);
    const { search, rejected } = parse([...names, '  '].map((name) => `job=${name}`).join('&'));
    expect(search.jobs).toEqual(names.slice(0, JOB_NAMES_PER_REQUEST));
    expect(rejected).toEqual([
      { name: 'job', value: `job-${JOB_NAMES_PER_REQUEST}` },
      { name: 'job', value: `job-${JOB_NAMES_PER_REQUEST + 1}` },
      { name: 'job', value: '  ' },
    ]);
  });

  it('writes back what it reads, leaving defaults out', () => {
    expect(serializeRunsSearch(DEFAULT_RUNS_SEARCH).toString()).toBe('');
    const query = 'status=running&job=a+b&job=c&preset=7d&page=3&page_size=50&sort=job_name&view=timeline';
    expect(serializeRunsSearch(parse(query).search).toString()).toBe(query);
  });
});
