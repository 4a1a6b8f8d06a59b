import { describe, expect, it } from 'vitest';
import { appendLogLines, firstErrorLine, indexLog, isErrorLine, splitLogLines } from './log-index';
import { indexLogLevels, LOG_LEVELS } from './log-levels';

const ALL = new Set(LOG_LEVELS);

describe('log index', () => {
  it('splits a log into lines without a phantom last line, tolerating CRLF', () => {
    expect(splitLogLines('')).toEqual([]);
    expect(splitLogLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(splitLogLines('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('finds the first Traceback or ERROR line at the shown levels', () => {
    const lines = [
      '2026-11-27 10:00:00 [INFO ] starting; errors so far: 0',
      '2026-11-27 10:00:01 [INFO ] ErrorHandler configured',
      'Traceback (most recent call last):',
      '2026-11-27 10:00:02 [WARN ] step failed with ERROR',
    ];
    expect(lines.map(isErrorLine)).toEqual([false, false, true, true]);
    expect(firstErrorLine(indexLog(lines), ALL)).toBe(2);
    expect(firstErrorLine(indexLog(['all good']), ALL)).toBe(-1);
    expect(firstErrorLine(indexLog(lines), new Set(['WARN', 'INFO'] as const))).toBe(3);
    expect(firstErrorLine(indexLog(lines), new Set(['DEBUG'] as const))).toBe(-1);
  });

  it('builds the same index piece by piece as at once, leaving each earlier log as it was', () => {
    const lines = ['start', '[INFO ] one', 'more', '[ERROR] two', 'Traceback (most recent call last):', '[WARN ] x'];
    const whole = indexLog(lines);
    for (let cut = 0; cut <= lines.length; cut += 1) {
      const first = indexLog(lines.slice(0, cut));
      const both = appendLogLines(first, lines.slice(cut));
      expect(both).toEqual(whole);
      expect([...first.lines]).toEqual(lines.slice(0, cut));
      expect(first.levels).toEqual(indexLogLevels(lines.slice(0, cut)));
    }
    expect(whole.errorLines).toEqual([3, 4]);
  });
});
