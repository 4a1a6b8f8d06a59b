/**
 * Properties and secrets are free-form JSON objects that the service replaces as a whole
 * (docs/api-reference.md §6). The editor works on rows with an explicit value type, so a number
 * stays a number and `"true"` stays a string; these helpers convert, validate and diff.
 */

export type ValueKind = 'string' | 'number' | 'boolean' | 'json' | 'null';

export interface KeyValueRow {
  /** Stable identity for React while keys are being edited. */
  id: string;
  key: string;
  kind: ValueKind;
  /** The value as typed; booleans are "true"/"false". */
  text: string;
}

export interface RowProblem {
  key?: string;
  value?: string;
}

let rowCounter = 0;
// Drafts outlive a reload, so ids must not restart at 1 and collide with restored rows.
export const newRowId = () =>
  `row-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}-${++rowCounter}`;

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'json';
}

function textOf(value: unknown, kind: ValueKind): string {
  if (kind === 'string') return value as string;
  if (kind === 'null') return '';
  if (kind === 'json') return JSON.stringify(value, null, 2);
  return String(value);
}

export function rowsFromObject(object: Record<string, unknown>): KeyValueRow[] {
  return Object.entries(object)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => {
      const kind = kindOf(value);
      return { id: newRowId(), key, kind, text: textOf(value, kind) };
    });
}

export const emptyRow = (): KeyValueRow => ({ id: newRowId(), key: '', kind: 'string', text: '' });

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseValue(kind: ValueKind, text: string): Parsed {
  switch (kind) {
    case 'string':
      return { ok: true, value: text };
    case 'null':
      return { ok: true, value: null };
    case 'boolean':
      if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
      return { ok: false, reason: 'Choose true or false.' };
    case 'number': {
      const trimmed = text.trim();
      const value = Number(trimmed);
      if (trimmed === '' || !Number.isFinite(value)) return { ok: false, reason: `“${text}” is not a number.` };
      return { ok: true, value };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `Not valid JSON: ${detail}` };
      }
  }
}

/** Problems by row id; an empty map means the rows can be saved. */
export function validateRows(rows: KeyValueRow[]): Map<string, RowProblem> {
  const problems = new Map<string, RowProblem>();
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.key.trim(), (seen.get(row.key.trim()) ?? 0) + 1);
  for (const row of rows) {
    const problem: RowProblem = {};
    const key = row.key.trim();
    if (key === '') problem.key = 'A key is required.';
    else if ((seen.get(key) ?? 0) > 1) problem.key = `“${key}” is used more than once.`;
    const parsed = parseValue(row.kind, row.text);
    if (!parsed.ok) problem.value = parsed.reason;
    if (problem.key || problem.value) problems.set(row.id, problem);
  }
  return problems;
}

/** Only call with rows that passed `validateRows`. */
export function objectFromRows(rows: KeyValueRow[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const row of rows) {
    const parsed = parseValue(row.kind, row.text);
    if (parsed.ok) object[row.key.trim()] = parsed.value;
  }
  return object;
}

export interface KeyValueChange {
  key: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a save would do to the stored object, key by key, sorted by key. */
export function diffObjects(before: Record<string, unknown>, after: Record<string, unknown>): KeyValueChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => a.localeCompare(b));
  const changes: KeyValueChange[] = [];
  for (const key of keys) {
    const inBefore = Object.hasOwn(before, key);
    const inAfter = Object.hasOwn(after, key);
    if (!inBefore) changes.push({ key, change: 'added', after: after[key] });
    else if (!inAfter) changes.push({ key, change: 'removed', before: before[key] });
    else if (!same(before[key], after[key]))
      changes.push({ key, change: 'changed', before: before[key], after: after[key] });
  }
  return changes;
}

/** A value as it reads in a diff: strings quoted so `"1"` and `1` differ visibly. */
export function displayValue(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Replays the edits made on `base` (giving `mine`) onto `theirs`: someone else's keys stay unless
 * this user changed or removed the same key, in which case this user's edit wins (they reviewed it).
 */
export function reapplyChanges(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): Record<string, unknown> {
  const result = { ...theirs };
  for (const change of diffObjects(base, mine)) {
    if (change.change === 'removed') delete result[change.key];
    else result[change.key] = change.after;
  }
  return result;
}
