import { describe, expect, it } from 'vitest';
import { buildExecutionsVariables, buildRunsVariables } from './executions-query';
import { buildJobsVariables, escapeTeamPattern } from './jobs-query';

describe('buildJobsVariables', () => {
  it('always sends a 1-based page and adds the team filter the service does not apply itself', () => {
    expect(buildJobsVariables({ team: 'analytics', page: 1, pageSize: 25 })).toEqual({
      pageNumber: 1,
      pageSize: 25,
      filter: [{ property: 'config.team', pattern: 'analytics' }],
    });
  });

  it('lists every team without a team filter', () => {
    expect(buildJobsVariables({ page: 2, pageSize: 50 }).filter).toEqual([]);
  });

  it('never sends page 0 or a fractional page (the service rejects page 0)', () => {
    expect(buildJobsVariables({ page: 0, pageSize: 25 }).pageNumber).toBe(1);
    expect(buildJobsVariables({ page: -3, pageSize: 0 })).toMatchObject({ pageNumber: 1, pageSize: 1 });
    expect(buildJobsVariables({ page: 2.7, pageSize: 25 }).pageNumber).toBe(2);
  });

  it('puts the sort last, because the last predicate with a sort wins', () => {
    const { filter } = buildJobsVariables({
      team: 'finance',
      page: 1,
      pageSize: 25,
      deployment: 'disabled',
      lastStatus: 'user_error',
      sort: { property: 'deployments.lastExecutionTime', direction: 'DESC' },
    });
    expect(filter).toEqual([
      { property: 'config.team', pattern: 'finance' },
      { property: 'deployments.enabled', pattern: 'disabled' },
      { property: 'deployments.lastExecutionStatus', pattern: 'user_error' },
      { property: 'deployments.lastExecutionTime', sort: 'DESC' },
    ]);
  });

  it('sends trimmed search text and omits blank search', () => {
    expect(buildJobsVariables({ page: 1, pageSize: 25, search: '  sales ' }).search).toBe('sales');
    expect(buildJobsVariables({ page: 1, pageSize: 25, search: '   ' })).not.toHaveProperty('search');
  });

  it('filters one job by exact name, dropping wildcard characters', () => {
    const { filter } = buildJobsVariables({ team: 't', jobName: 'ingest*', page: 1, pageSize: 1 });
    expect(filter).toContainEqual({ property: 'jobName', pattern: 'ingest' });
  });
});

describe('escapeTeamPattern', () => {
  it('makes regex and wildcard characters in team names literal', () => {
    expect(escapeTeamPattern('data.platform')).toBe('data\\.platform');
    expect(escapeTeamPattern('a+b (x)')).toBe('a\\+b \\(x\\)');
    expect(escapeTeamPattern('50%')).toBe('50\\x25');
    const regex = new RegExp(`^${escapeTeamPattern('data.platform')}$`, 'i');
    expect(regex.test('data.platform')).toBe(true);
    expect(regex.test('dataXplatform')).toBe(false);
  });
});

describe('buildExecutionsVariables', () => {
  it('pins the job and its team, newest first by default', () => {
    expect(buildExecutionsVariables({ team: 'analytics', job: 'ingest-sales', page: 3, pageSize: 50 })).toEqual({
      pageNumber: 3,
      pageSize: 50,
      filter: { jobNameIn: ['ingest-sales'], teamNameIn: ['analytics'] },
      order: { property: 'startTime', direction: 'DESC' },
    });
  });

  it('adds statuses and a time range only when given', () => {
    const variables = buildExecutionsVariables({
      team: 't',
      job: 'j',
      page: 1,
      pageSize: 25,
      statuses: ['USER_ERROR', 'PLATFORM_ERROR'],
      startedAfter: '2026-11-20T00:00:00Z',
      startedBefore: '2026-11-27T00:00:00Z',
      order: { property: 'endTime', direction: 'ASC' },
    });
    expect(variables.filter).toEqual({
      jobNameIn: ['j'],
      teamNameIn: ['t'],
      statusIn: ['USER_ERROR', 'PLATFORM_ERROR'],
      startTimeGte: '2026-11-20T00:00:00Z',
      startTimeLte: '2026-11-27T00:00:00Z',
    });
    expect(variables.order).toEqual({ property: 'endTime', direction: 'ASC' });
    expect(
      buildExecutionsVariables({ team: 't', job: 'j', page: 1, pageSize: 1, statuses: [] }).filter,
    ).not.toHaveProperty('statusIn');
  });
});

describe('buildRunsVariables', () => {
  it('pins the team of a team page and lists every job of it', () => {
    expect(buildRunsVariables({ team: 'analytics', page: 2, pageSize: 25 })).toEqual({
      pageNumber: 2,
      pageSize: 25,
      filter: { teamNameIn: ['analytics'] },
      order: { property: 'startTime', direction: 'DESC' },
    });
  });

  it('spans every team without a team, and narrows to exact job names when given', () => {
    expect(buildRunsVariables({ page: 1, pageSize: 10 }).filter).toEqual({});
    expect(buildRunsVariables({ page: 1, pageSize: 10, jobs: ['a', 'b'], team: 't' }).filter).toEqual({
      jobNameIn: ['a', 'b'],
      teamNameIn: ['t'],
    });
    expect(buildRunsVariables({ page: 1, pageSize: 10, jobs: [] }).filter).toEqual({});
  });
});
