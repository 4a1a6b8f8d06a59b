import { describe, expect, it } from 'vitest';
import { listPollInterval, oldestActiveStart, pollInterval } from './polling';

const now = Date.parse('2026-11-27T12:00:00Z');
const baseMs = 2_000;

describe('pollInterval', () => {
  it('does not poll when nothing is active', () => {
    expect(pollInterval({ activeSince: undefined, baseMs, now })).toBe(false);
  });

  it('polls at the base for a run that just started and slower for a long one, up to 15 × base', () => {
    expect(pollInterval({ activeSince: now - 5_000, baseMs, now })).toBe(2_000);
    expect(pollInterval({ activeSince: now - 100_000, baseMs, now })).toBe(10_000);
    expect(pollInterval({ activeSince: now - 3_600_000, baseMs, now })).toBe(30_000);
  });

  it('backs off after failed refreshes, within a ceiling of 30 × base', () => {
    expect(pollInterval({ activeSince: now, baseMs, failures: 1, now })).toBe(4_000);
    expect(pollInterval({ activeSince: now, baseMs, failures: 3, now })).toBe(16_000);
    expect(pollInterval({ activeSince: now - 3_600_000, baseMs, failures: 9, now })).toBe(60_000);
  });

  it('stretches every wait with a larger base (an operator slowing the dashboard down)', () => {
    expect(pollInterval({ activeSince: now - 5_000, baseMs: 10_000, now })).toBe(10_000);
    expect(pollInterval({ activeSince: now - 100_000, baseMs: 10_000, now })).toBe(10_000);
    expect(pollInterval({ activeSince: now - 3_600_000, baseMs: 10_000, now })).toBe(150_000);
    expect(pollInterval({ activeSince: now - 3_600_000, baseMs: 10_000, failures: 9, now })).toBe(300_000);
  });

  it('treats a start time in the future (clock skew) as just started', () => {
    expect(pollInterval({ activeSince: now + 60_000, baseMs, now })).toBe(2_000);
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

describe('listPollInterval', () => {
  it('refreshes an idle list every 15 × base, and a moving one as pollInterval does', () => {
    expect(listPollInterval({ activeSince: undefined, baseMs, now })).toBe(30_000);
    expect(listPollInterval({ activeSince: now - 5_000, baseMs, now })).toBe(2_000);
    expect(listPollInterval({ activeSince: undefined, baseMs: 1_000, now })).toBe(15_000);
  });
});
