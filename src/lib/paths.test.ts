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

  it('never lets a team name leave its path segment', () => {
    // The browser would resolve `/teams/../jobs` to `/jobs`: such a team gets the all-teams list filtered to it.
    expect(paths.jobs({ team: '..' })).toBe('/jobs?team=..');
    expect(paths.jobs({ team: '.' }, { status: 'running' })).toBe('/jobs?status=running&team=.');
    expect(paths.jobs({ team: '../finance' })).toBe('/teams/..%2Ffinance/jobs');
    expect(paths.jobs({ team: '%2e%2e' })).toBe('/teams/%252e%252e/jobs');
    expect(paths.job({ team: '?x#y', job: 'ingest-sales' })).toBe('/teams/%3Fx%23y/jobs/ingest-sales');
  });

  it('builds the team pages, falling back to the all-teams page for a dot-segment team', () => {
    expect(paths.teamHome({ team: 'test team' })).toBe('/teams/test%20team');
    expect(paths.teamHome({ team: '..' })).toBe('/teams?team=..');
    expect(paths.runs({ team: 'finance' }, { status: ['failed', 'running'] })).toBe(
      '/teams/finance/executions?status=failed&status=running',
    );
    expect(paths.runs({ team: '.' })).toBe('/executions?team=.');
    expect(paths.failures({ team: 'a/b' })).toBe('/teams/a%2Fb/failures');
    expect(paths.compareExecutions({ team: 't', job: 'j' }, { a: 'x-1', b: 'y 2' })).toBe(
      '/teams/t/jobs/j/executions/compare?a=x-1&b=y+2',
    );
  });

  it('encodes a name with a lone surrogate (which encodeURIComponent throws on) as U+FFFD', () => {
    expect(paths.jobs({ team: 'bad\uD800name' })).toBe('/teams/bad%EF%BF%BDname/jobs');
    expect(paths.jobs({ team: 'emoji \u{1F9E8}' })).toBe('/teams/emoji%20%F0%9F%A7%A8/jobs');
  });
});
