import { describe, expect, it } from 'vitest';
import { writeAccess } from './write-access';

const alice = { name: 'Alice', username: 'alice', teams: ['data-platform', 'analytics'] };

describe('writeAccess', () => {
  it('lets a member write to their team', () => {
    expect(writeAccess('analytics', { enabled: true, user: alice })).toEqual({ canWrite: true, reason: undefined });
  });

  it('refuses another team with the reason', () => {
    expect(writeAccess('finance', { enabled: true, user: alice })).toEqual({
      canWrite: false,
      reason: 'You are not a member of finance.',
    });
  });

  it('allows everything when login is off or the token lists no teams', () => {
    expect(writeAccess('finance', { enabled: false, user: null }).canWrite).toBe(true);
    expect(writeAccess('finance', { enabled: true, user: { ...alice, teams: [] } }).canWrite).toBe(true);
  });
});
