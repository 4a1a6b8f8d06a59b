import { describe, expect, it } from 'vitest';
import {
  executionStatusLabel,
  isActive,
  isFailure,
  isTerminal,
  normalizeExecutionStatus,
  toGraphQLStatus,
} from './execution-status';

describe('execution status', () => {
  it('normalises REST lowercase and GraphQL uppercase to one value', () => {
    expect(normalizeExecutionStatus('USER_ERROR')).toBe('user_error');
    expect(normalizeExecutionStatus('user_error')).toBe('user_error');
    expect(normalizeExecutionStatus('FINISHED')).toBeUndefined();
    expect(normalizeExecutionStatus(null)).toBeUndefined();
    expect(toGraphQLStatus('platform_error')).toBe('PLATFORM_ERROR');
  });

  it('treats submitted and running as active, the rest as terminal', () => {
    expect(['SUBMITTED', 'running'].map(isActive)).toEqual([true, true]);
    expect(['succeeded', 'CANCELLED', 'skipped', 'user_error', 'PLATFORM_ERROR'].map(isTerminal)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isTerminal('running')).toBe(false);
    expect(isActive('nonsense') || isTerminal('nonsense')).toBe(false);
  });

  it('knows the failures', () => {
    expect(isFailure('USER_ERROR')).toBe(true);
    expect(isFailure('platform_error')).toBe(true);
    expect(isFailure('cancelled')).toBe(false);
  });

  it('labels every status, and says so when one is unknown or missing', () => {
    expect(executionStatusLabel('PLATFORM_ERROR')).toBe('Platform error');
    expect(executionStatusLabel('weird')).toBe('Unknown (weird)');
    expect(executionStatusLabel(undefined)).toBe('No status');
  });
});
