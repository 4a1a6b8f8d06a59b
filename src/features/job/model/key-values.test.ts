import { describe, expect, it } from 'vitest';
import {
  diffObjects,
  emptyRow,
  objectFromRows,
  reapplyChanges,
  rowsFromObject,
  validateRows,
  type KeyValueRow,
} from './key-values';

const row = (key: string, kind: KeyValueRow['kind'], text: string): KeyValueRow => ({ ...emptyRow(), key, kind, text });

describe('key/value rows', () => {
  it('round-trips every JSON type with its kind', () => {
    const stored = { s: 'true', n: 1.5, b: false, j: { a: [1, 2] }, z: null };
    const rows = rowsFromObject(stored);
    expect(rows.map((r) => [r.key, r.kind])).toEqual([
      ['b', 'boolean'],
      ['j', 'json'],
      ['n', 'number'],
      ['s', 'string'],
      ['z', 'null'],
    ]);
    expect(validateRows(rows).size).toBe(0);
    expect(objectFromRows(rows)).toEqual(stored);
  });

  it('says what is wrong with each row', () => {
    const rows = [
      row('', 'string', 'x'),
      row('a', 'number', '12abc'),
      row('a', 'json', '{oops'),
      row('ok', 'boolean', 'yes'),
    ];
    const problems = validateRows(rows);
    expect(problems.get(rows[0]!.id)?.key).toBe('A key is required.');
    expect(problems.get(rows[1]!.id)).toEqual({
      key: '“a” is used more than once.',
      value: '“12abc” is not a number.',
    });
    expect(problems.get(rows[2]!.id)?.value).toMatch(/^Not valid JSON/);
    expect(problems.get(rows[3]!.id)?.value).toBe('Choose true or false.');
  });

  it('trims keys and keeps string values exactly as typed', () => {
    expect(objectFromRows([row('  name ', 'string', '  spaced  ')])).toEqual({ name: '  spaced  ' });
  });
});

describe('diffObjects', () => {
  it('lists added, removed and changed keys in key order, and nothing for equal values', () => {
    expect(diffObjects({ a: 1, b: { x: 1 }, c: 'same' }, { b: { x: 2 }, c: 'same', d: null })).toEqual([
      { key: 'a', change: 'removed', before: 1 },
      { key: 'b', change: 'changed', before: { x: 1 }, after: { x: 2 } },
      { key: 'd', change: 'added', after: null },
    ]);
  });

  it('tells a number from the same digits as text', () => {
    expect(diffObjects({ n: 1 }, { n: '1' })).toHaveLength(1);
  });
});

describe('reapplyChanges', () => {
  it('keeps the other person’s keys and applies only what this user changed', () => {
    const base = { a: 1, b: 2, c: 3 };
    const mine = { a: 10, b: 2 }; // changed a, removed c
    const theirs = { a: 1, b: 20, c: 3, d: 4 }; // changed b, added d
    expect(reapplyChanges(base, mine, theirs)).toEqual({ a: 10, b: 20, d: 4 });
  });
});
