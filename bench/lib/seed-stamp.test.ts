import { describe, expect, it } from 'vitest';
import { MAX_SEED_AGE_MS, reseedReason } from './seed-stamp';

describe('reusing the seeded benchmark database', () => {
  const now = Date.parse('2026-11-27T21:00:00Z');
  const stamp = { sources: 'abc', seededAt: new Date(now - 3_600_000).toISOString() };

  it('reuses a database built from the same seed within a day', () => {
    expect(reseedReason(stamp, 'abc', now)).toBeUndefined();
  });

  it('rebuilds when the stamp is missing, the seed changed, or the data has aged', () => {
    expect(reseedReason(undefined, 'abc', now)).toBe('it has no seed stamp');
    expect(reseedReason(stamp, 'def', now)).toBe('the seed changed since it was built');
    const old = { ...stamp, seededAt: new Date(now - MAX_SEED_AGE_MS - 3_600_000).toISOString() };
    expect(reseedReason(old, 'abc', now)).toBe('it was built 25 hours ago');
    expect(reseedReason({ ...stamp, seededAt: 'yesterday' }, 'abc', now)).toBe('its seed stamp has no valid date');
  });
});
