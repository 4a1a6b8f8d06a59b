import { describe, expect, it } from 'vitest';
import { reseedReason } from './seed-stamp';

describe('reusing the seeded benchmark database', () => {
  const now = Date.parse('2026-11-27T21:00:00Z');
  const hour = 3_600_000;
  const stamp = { sources: 'abc', seededAt: new Date(now - 50 * 60_000).toISOString() };

  it('reuses a database built from the same seed while its data is whole', () => {
    expect(reseedReason(stamp, 'abc', now, hour)).toBeUndefined();
  });

  it('rebuilds when the stamp is missing, the seed changed, or the data has aged', () => {
    expect(reseedReason(undefined, 'abc', now, hour)).toBe('it has no seed stamp');
    expect(reseedReason(stamp, 'def', now, hour)).toBe('the seed changed since it was built');
    const old = { ...stamp, seededAt: new Date(now - 61 * 60_000).toISOString() };
    expect(reseedReason(old, 'abc', now, hour)).toBe('it was built 61 minutes ago');
    expect(reseedReason({ ...stamp, seededAt: 'yesterday' }, 'abc', now, hour)).toBe(
      'its seed stamp has no valid date',
    );
  });
});
