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

/**
 * A table's columns as the user changed them from its defaults: the ones hidden and the ones added. A column that is
 * in neither keeps its default, so a column a later release adds shows up for users who customised their columns.
 */
export interface ColumnChoice {
  hidden: string[];
  shown: string[];
}

/** What releases before the choice was stored: the list of visible columns. Read, never written. */
export interface LegacyVisibleColumns {
  visible: string[];
}

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

function columnChoice(value: unknown): ColumnChoice | LegacyVisibleColumns | undefined {
  if (isStringArray(value)) return { visible: value };
  if (value === null || typeof value !== 'object') return undefined;
  const { hidden, shown } = value as Record<string, unknown>;
  return isStringArray(hidden) && isStringArray(shown) ? { hidden, shown } : undefined;
}

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
  /** The column choice per table (`tableId` e.g. "jobs"); undefined means "the table's defaults". */
  columns: {
    get: (tableId: string): ColumnChoice | LegacyVisibleColumns | undefined => columnChoice(read(`columns.${tableId}`)),
    set: (tableId: string, choice: ColumnChoice | undefined) =>
      write(`columns.${tableId}`, choice && { hidden: [...choice.hidden], shown: [...choice.shown] }),
  },
};
