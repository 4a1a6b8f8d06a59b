import { describe, expect, it } from 'vitest';
import { alignLogs } from './align-logs';
import { comparableLine, displayItems, MAX_CHANGED_LINES } from './log-alignment';

const log = (id: string, lines: string[]) =>
  lines.map(
    (text, index) =>
      `2026-12-01 10:00:${String(index % 60).padStart(2, '0')},123 [VDK] job [INFO ] x [id:${id}]- ${text}`,
  );

describe('log alignment', () => {
  it('ignores the timestamp and the run’s own id', () => {
    expect(comparableLine('2026-12-01T10:00:01.5Z run-1 started (run-1)', 'run-1')).toBe(
      '<execution> started (<execution>)',
    );
  });

  it('aligns the same lines and marks those only in one log, finding the first difference', () => {
    const alignment = alignLogs({
      a: { executionId: 'a-1', lines: log('a-1', ['start', 'step 1', 'done']) },
      b: { executionId: 'b-2', lines: log('b-2', ['start', 'step 1', 'KeyError', 'failed']) },
    });
    expect(alignment.rows).toEqual([
      { kind: 'same', a: 0, b: 0 },
      { kind: 'same', a: 1, b: 1 },
      { kind: 'only-a', a: 2 },
      { kind: 'only-b', b: 2 },
      { kind: 'only-b', b: 3 },
    ]);
    expect(alignment).toMatchObject({ firstDivergence: 2, changed: 3 });
  });

  it('says two equal logs are the same', () => {
    const alignment = alignLogs({
      a: { executionId: 'run-100', lines: log('run-100', ['x', 'y']) },
      b: { executionId: 'run-200', lines: log('run-200', ['x', 'y']) },
    });
    expect(alignment).toMatchObject({ changed: 0 });
    expect(alignment.firstDivergence).toBeUndefined();
  });

  it('aligns two 100,000-line logs with a few differences, and gives up on logs too different', () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => `batch ${index}`);
    const other = [...lines];
    other[50_000] = 'batch rejected';
    const started = performance.now();
    const alignment = alignLogs({
      a: { executionId: 'job-1764583200', lines },
      b: { executionId: 'job-1764590400', lines: other },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(alignment).toMatchObject({ changed: 2, firstDivergence: 50_000 });

    const different = Array.from({ length: MAX_CHANGED_LINES + 10 }, (_, index) => `other ${index}`);
    expect(
      alignLogs({ a: { executionId: 'a', lines: different }, b: { executionId: 'b', lines: lines.slice(0, 6000) } })
        .rows,
    ).toBeUndefined();
  });

  it('folds identical stretches around the differences', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, index) => ({ kind: 'same' as const, a: index, b: index })),
      { kind: 'only-b' as const, b: 10 },
      ...Array.from({ length: 10 }, (_, index) => ({ kind: 'same' as const, a: 10 + index, b: 11 + index })),
    ];
    const items = displayItems(rows, 2);
    expect(items.map((item) => item.kind)).toEqual(['gap', 'same', 'same', 'only-b', 'same', 'same', 'gap']);
    expect(items[0]).toEqual({ kind: 'gap', count: 8, at: 0 });
  });
});
