/**
 * The only module that touches localStorage. It holds UI preferences and nothing else:
 * never tokens, never the user object.
 *
 * Storage can be missing or throw (disabled cookies, sandboxed iframes, private modes, full quota);
 * preferences are a convenience, so every failure falls back to the default silently.
 */

const PREFIX = 'vdk-dashboard.';

export type ThemePreference = 'light' | 'dark' | 'system';
export type TimeZonePreference = 'local' | 'UTC';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): unknown {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    return raw == null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) storage()?.removeItem(PREFIX + key);
    else storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A preference that cannot be saved only costs the user a click next time.
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export const preferences = {
  theme: {
    get: (): ThemePreference | undefined => oneOf(read('theme'), ['light', 'dark', 'system'] as const),
    set: (value: ThemePreference) => write('theme', value),
  },
  timeZone: {
    get: (): TimeZonePreference | undefined => oneOf(read('time-zone'), ['local', 'UTC'] as const),
    set: (value: TimeZonePreference) => write('time-zone', value),
  },
  lastTeam: {
    get: (): string | undefined => {
      const value = read('last-team');
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
    set: (team: string) => write('last-team', team),
  },
  /** Visible columns per table (`tableId` e.g. "jobs"); undefined means "the table's defaults". */
  columns: {
    get: (tableId: string): string[] | undefined => {
      const value = read(`columns.${tableId}`);
      return isStringArray(value) ? value : undefined;
    },
    set: (tableId: string, columns: readonly string[] | undefined) =>
      write(`columns.${tableId}`, columns === undefined ? undefined : [...columns]),
  },
};
