import { describe, expect, it } from 'vitest';
import { paths, withSearch } from './paths';

describe('paths', () => {
  const ref = { team: 'test team', job: 'ingest-sales' };

  it('builds every route, encoding names', () => {
    expect(paths.jobs(ref)).toBe('/teams/test%20team/jobs');
    expect(paths.job(ref)).toBe('/teams/test%20team/jobs/ingest-sales');
    expect(paths.executions(ref)).toBe('/teams/test%20team/jobs/ingest-sales/executions');
    expect(paths.execution({ ...ref, executionId: 'ingest-sales-17/x' })).toBe(
      '/teams/test%20team/jobs/ingest-sales/executions/ingest-sales-17%2Fx',
    );
    expect(paths.deployment(ref)).toBe('/teams/test%20team/jobs/ingest-sales/deployment');
    expect(paths.allJobs()).toBe('/jobs');
  });

  it('leaves defaults out of the query string and repeats list values', () => {
    expect(withSearch('/jobs', { search: 'abc', page: undefined, status: ['running', 'submitted'], size: '' })).toBe(
      '/jobs?search=abc&status=running&status=submitted',
    );
    expect(paths.jobs(ref, {})).toBe('/teams/test%20team/jobs');
  });
});
