import { describe, expect, it } from 'vitest';
import { notificationCoverage, type JobContactsInput } from './notification-coverage';

const job = (name: string, contacts: Partial<JobContactsInput> = {}): JobContactsInput => ({
  team: 'analytics',
  job: name,
  userError: [],
  platformError: [],
  isDeployed: true,
  ...contacts,
});

describe('notificationCoverage', () => {
  it('counts a job notifying only on user errors as not covered for platform errors', () => {
    const coverage = notificationCoverage([job('user-only', { userError: ['oncall@example.com'] })]);
    expect(coverage.userErrorUncovered).toEqual([]);
    expect(coverage.platformErrorUncovered).toEqual([{ team: 'analytics', job: 'user-only' }]);
    expect(coverage.notifying).toEqual([{ team: 'analytics', job: 'user-only' }]);
  });

  it('counts a job notifying only on platform errors as not covered for user errors', () => {
    const coverage = notificationCoverage([job('platform-only', { platformError: ['ops@example.com'] })]);
    expect(coverage.userErrorUncovered).toEqual([{ team: 'analytics', job: 'platform-only' }]);
    expect(coverage.platformErrorUncovered).toEqual([]);
  });

  it('covers both kinds only with an address on each list', () => {
    const coverage = notificationCoverage([job('both', { userError: ['a@x.com'], platformError: ['b@x.com'] })]);
    expect(coverage).toMatchObject({ userErrorUncovered: [], platformErrorUncovered: [], deployed: 1 });
  });

  it('treats blank addresses and null lists as nobody', () => {
    const coverage = notificationCoverage([job('blank', { userError: ['  ', null], platformError: null })]);
    expect(coverage.userErrorUncovered).toHaveLength(1);
    expect(coverage.platformErrorUncovered).toHaveLength(1);
    expect(coverage.notifying).toEqual([]);
  });

  it('leaves out jobs never deployed: they cannot fail', () => {
    const coverage = notificationCoverage([job('draft', { isDeployed: false })]);
    expect(coverage).toEqual({ userErrorUncovered: [], platformErrorUncovered: [], notifying: [], deployed: 0 });
  });
});
