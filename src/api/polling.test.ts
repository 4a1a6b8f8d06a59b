import { describe, expect, it } from 'vitest';
import { oldestActiveStart, POLL_MAX_MS, POLL_MIN_MS, pollInterval } from './polling';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('pollInterval', () => {
  it('does not poll when nothing is active', () => {
    expect(pollInterval({ activeSince: undefined, now })).toBe(false);
  });

  it('polls fast for a run that just started and slower for a long one', () => {
    expect(pollInterval({ activeSince: now - 5_000, now })).toBe(POLL_MIN_MS);
    expect(pollInterval({ activeSince: now - 100_000, now })).toBe(10_000);
    expect(pollInterval({ activeSince: now - 3_600_000, now })).toBe(POLL_MAX_MS);
  });

  it('backs off after failed refreshes, within a ceiling', () => {
    expect(pollInterval({ activeSince: now, failures: 1, now })).toBe(2 * POLL_MIN_MS);
    expect(pollInterval({ activeSince: now, failures: 3, now })).toBe(8 * POLL_MIN_MS);
    expect(pollInterval({ activeSince: now - 3_600_000, failures: 9, now })).toBe(2 * POLL_MAX_MS);
  });

  it('treats a start time in the future (clock skew) as just started', () => {
    expect(pollInterval({ activeSince: now + 60_000, now })).toBe(POLL_MIN_MS);
  });
});

describe('oldestActiveStart', () => {
  it('takes the oldest active run and ignores finished ones', () => {
    const runs = [
      { active: false, startTime: '2026-11-27T10:00:00Z' },
      { active: true, startTime: '2026-11-27T11:58:00Z' },
      { active: true, startTime: '2026-11-27T11:59:00Z' },
    ];
    expect(oldestActiveStart(runs, now)).toBe(Date.parse('2026-11-27T11:58:00Z'));
    expect(oldestActiveStart([{ active: false, startTime: null }], now)).toBeUndefined();
    expect(oldestActiveStart([{ active: true, startTime: 'garbage' }], now)).toBe(now);
  });
});
