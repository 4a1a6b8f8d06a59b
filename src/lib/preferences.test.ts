import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferences } from './preferences';

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('preferences', () => {
  it('round-trips each preference', () => {
    preferences.theme.set('dark');
    preferences.timeZone.set('UTC');
    preferences.lastTeam.set('analytics');
    preferences.columns.set('jobs', { hidden: ['description'], shown: ['python'] });
    expect(preferences.theme.get()).toBe('dark');
    expect(preferences.timeZone.get()).toBe('UTC');
    expect(preferences.lastTeam.get()).toBe('analytics');
    expect(preferences.columns.get('jobs')).toEqual({ hidden: ['description'], shown: ['python'] });
  });

  it('ignores stored values that are not valid any more', () => {
    localStorage.setItem('vdk-dashboard.theme', '"sepia"');
    localStorage.setItem('vdk-dashboard.time-zone', 'not json');
    localStorage.setItem('vdk-dashboard.columns.jobs', '[1,2]');
    expect(preferences.theme.get()).toBeUndefined();
    expect(preferences.timeZone.get()).toBeUndefined();
    expect(preferences.columns.get('jobs')).toBeUndefined();
    for (const garbage of [
      'null',
      '"name"',
      '{"hidden":"name","shown":[]}',
      '{"hidden":[]}',
      '{"hidden":[1],"shown":[]}',
    ]) {
      localStorage.setItem('vdk-dashboard.columns.jobs', garbage);
      expect(preferences.columns.get('jobs')).toBeUndefined();
    }
  });

  it('reads the visible columns older releases stored, for the table to migrate', () => {
    localStorage.setItem('vdk-dashboard.columns.jobs', '["name","python"]');
    expect(preferences.columns.get('jobs')).toEqual({ visible: ['name', 'python'] });
  });

  it('keeps working when storage is unavailable (sandboxed frames, disabled cookies)', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(() => preferences.theme.set('dark')).not.toThrow();
    expect(preferences.theme.get()).toBeUndefined();
  });
});
