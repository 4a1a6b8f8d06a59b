import { describe, expect, it } from 'vitest';
import { indexLogLevels, levelOfLine, linesAtLevels, LOG_LEVELS, positionOfLine } from './log-levels';

const LOG = [
  'Starting the pod', // before any level: none
  '2026-11-27 10:00:00,000 [VDK] job [INFO ] vdk.run - Data Job job starting',
  '2026-11-27 10:00:01,000 [VDK] job [INFO ] vdk.run - Executing query:',
  "INSERT INTO sales SELECT * FROM staging WHERE level = 'ERROR'", // continuation of the INFO message
  '2026-11-27 10:00:02,000 [VDK] job [WARN ] ingest - 429 Too Many Requests; retrying',
  '2026-11-27 10:00:03,000 - root - WARNING - disk almost full',
  'DEBUG:urllib3:Starting new HTTPS connection',
  '2026-11-27 10:00:04,000 [VDK] job [ERROR] run - Step failed',
  'Traceback (most recent call last):',
  '  File "20_ingest.py", line 3, in run',
  "KeyError: 'customer_id'",
  '2026-11-27 10:00:05,000 [VDK] job [INFO ] run - Job execution result: ERROR (blamed on: User Error)',
  'CRITICAL:root:out of memory',
];

describe('log levels', () => {
  it('reads the level a line names, as the first level word on it', () => {
    expect(LOG.map(levelOfLine)).toEqual([
      undefined,
      'INFO',
      'INFO',
      'ERROR',
      'WARN',
      'WARN',
      'DEBUG',
      'ERROR',
      'ERROR',
      undefined,
      undefined,
      'INFO',
      'ERROR',
    ]);
    expect(levelOfLine('INFORMATION about ERRORS')).toBeUndefined();
  });

  it('indexes a log piece by piece as it indexes it whole, a message continuing across pieces', () => {
    const whole = indexLogLevels(LOG);
    for (let cut = 0; cut <= LOG.length; cut += 1) {
      const pieces = indexLogLevels(LOG.slice(cut), indexLogLevels(LOG.slice(0, cut)));
      expect(pieces).toEqual(whole);
    }
  });

  it('gives continuation lines the level of the line that started them, and counts lines per level', () => {
    const { levels, counts } = indexLogLevels(['first', ...LOG.slice(1, 3), 'SELECT 1', ...LOG.slice(4)]);
    expect(Array.from(levels).map((level) => LOG_LEVELS[level] ?? 'none')).toEqual([
      'none',
      'INFO',
      'INFO',
      'INFO',
      'WARN',
      'WARN',
      'DEBUG',
      'ERROR',
      'ERROR',
      'ERROR',
      'ERROR',
      'INFO',
      'ERROR',
    ]);
    expect(counts).toEqual({ ERROR: 5, WARN: 2, INFO: 4, DEBUG: 1 });
  });

  it('lists the lines at the shown levels, and every line when all are shown', () => {
    const index = indexLogLevels(LOG.slice(0, 8));
    expect(linesAtLevels(index, new Set(LOG_LEVELS))).toBeUndefined();
    expect(Array.from(linesAtLevels(index, new Set(['ERROR', 'WARN']))!)).toEqual([3, 4, 5, 7]);
    expect(Array.from(linesAtLevels(index, new Set())!)).toEqual([]);
  });

  it('finds where a line is among the shown ones, or the next shown one', () => {
    const shown = Int32Array.from([3, 4, 5, 7]);
    expect([0, 3, 5, 6, 7, 8].map((line) => positionOfLine(shown, line))).toEqual([0, 0, 2, 3, 3, 4]);
  });

  it('indexes 100,000 lines in one pass', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      i % 487 === 0 ? `x [WARN ] batch ${i} retrying` : `x [INFO ] batch ${i} ingested`,
    );
    const { counts, levels } = indexLogLevels(lines);
    expect(levels).toHaveLength(100_000);
    expect(counts).toEqual({ ERROR: 0, WARN: 206, INFO: 99_794, DEBUG: 0 });
  });
});
