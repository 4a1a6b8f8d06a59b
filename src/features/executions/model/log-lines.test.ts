import { describe, expect, it } from 'vitest';
import {
  findFirstError,
  findMatches,
  isErrorLine,
  MAX_MATCHES,
  segmentLine,
  splitLogLines,
  stepMatch,
} from './log-lines';

describe('log lines', () => {
  it('splits a log into lines without a phantom last line, tolerating CRLF', () => {
    expect(splitLogLines('')).toEqual([]);
    expect(splitLogLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLogLines('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('finds the first Traceback or ERROR line', () => {
    const lines = [
      '2026-11-27 10:00:00 [INFO ] starting; errors so far: 0',
      '2026-11-27 10:00:01 [INFO ] ErrorHandler configured',
      'Traceback (most recent call last):',
      '2026-11-27 10:00:02 [ERROR] step failed',
    ];
    expect(lines.map(isErrorLine)).toEqual([false, false, true, true]);
    expect(findFirstError(lines)).toBe(2);
    expect(findFirstError(['all good'])).toBe(-1);
    expect(findFirstError(lines, Int32Array.from([0, 1, 3]))).toBe(3);
  });

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
