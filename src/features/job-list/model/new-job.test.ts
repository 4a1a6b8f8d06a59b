import { describe, expect, it } from 'vitest';
import { checkNewJob, emptyNewJob } from './new-job';

const form = (team: string) => ({ ...emptyNewJob(team), name: 'ingest-sales' });

describe('checkNewJob: the team', () => {
  it('is required', () => {
    expect(checkNewJob(form('  ')).team).toBe('A team is required.');
  });

  it('refuses "." and "..", which a URL path cannot hold', () => {
    expect(checkNewJob(form('.')).team).toMatch(/cannot be a team name/);
    expect(checkNewJob(form(' .. ')).team).toMatch(/cannot be a team name/);
  });

  it('takes any other name, dots included', () => {
    expect(checkNewJob(form('...')).team).toBeUndefined();
    expect(checkNewJob(form('data.platform')).team).toBeUndefined();
  });
});
