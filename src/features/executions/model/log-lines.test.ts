import { describe, expect, it } from 'vitest';
import { findMatches, MAX_MATCHES, segmentLine, stepMatch } from './log-lines';

describe('log lines', () => {
  it('finds every case-insensitive match, taking the query literally', () => {
    const lines = ['KeyError: customer_id', 'no hit', 'record["customer_id"] and CUSTOMER_ID'];
    expect(findMatches(lines, 'customer_id')).toEqual([
      { line: 0, start: 10 },
      { line: 2, start: 8 },
      { line: 2, start: 26 },
    ]);
    expect(findMatches(['a.b', 'axb'], '.')).toEqual([{ line: 0, start: 1 }]);
    expect(findMatches(lines, '')).toEqual([]);
  });

  it('finds matches only in the shown lines when some are hidden', () => {
    const lines = ['KeyError: customer_id', 'no hit', 'record["customer_id"]'];
    expect(findMatches(lines, 'customer_id', Int32Array.from([1, 2]))).toEqual([{ line: 2, start: 8 }]);
  });

  it('stops counting at the cap', () => {
    expect(
      findMatches(
        Array.from({ length: MAX_MATCHES + 5 }, () => 'x'),
        'x',
      ),
    ).toHaveLength(MAX_MATCHES);
  });

  it('cuts a line into plain and matching segments that join back to the line', () => {
    const segments = segmentLine('<b>Error</b> then error', 'error');
    expect(segments).toEqual([
      { text: '<b>', isMatch: false, start: 0 },
      { text: 'Error', isMatch: true, start: 3 },
      { text: '</b> then ', isMatch: false, start: 8 },
      { text: 'error', isMatch: true, start: 18 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('<b>Error</b> then error');
  });

  it('steps through matches and wraps around', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
