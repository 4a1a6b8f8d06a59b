import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRowsByFrame } from './use-rows-by-frame';

const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `run-${from + i}` }));
const keyOf = (row: { id: string }) => row.id;
const ids = (rows: readonly { id: string }[]) => rows.map(keyOf);

/** The frame that draws what is shown, then the task after it. */
function nextFrame() {
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  });
}

describe('useRowsByFrame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws new rows a few a frame, top first, and says when all are drawn', () => {
    const rows = page(0, 7);
    const { result } = renderHook(() => useRowsByFrame(rows, keyOf, 3));
    expect(result.current.shown).toEqual([]);
    expect(result.current.isFilling).toBe(true);

    nextFrame();
    expect(ids(result.current.shown)).toEqual(['run-0', 'run-1', 'run-2']);
    nextFrame();
    expect(ids(result.current.shown)).toEqual(ids(rows.slice(0, 6)));
    nextFrame();
    expect(result.current.shown).toEqual(rows);
    expect(result.current.isFilling).toBe(false);
  });

  it('keeps the rows on screen when the same runs come again, and adds only the new ones by frame', () => {
    const { result, rerender } = renderHook(({ rows }) => useRowsByFrame(rows, keyOf, 3), {
      initialProps: { rows: page(0, 3) },
    });
    nextFrame();
    expect(result.current.isFilling).toBe(false);

    // A poll: two new runs on top of the three shown (as new objects), one fell off the page.
    const polled = [...page(10, 2), ...page(0, 2), ...page(20, 2)];
    rerender({ rows: polled });
    expect(ids(result.current.shown)).toEqual(['run-10', 'run-11', 'run-0', 'run-1', 'run-20']);
    nextFrame();
    expect(result.current.shown).toEqual(polled);
  });

  it('starts again from the top when another page comes while one is filling', () => {
    const { result, rerender } = renderHook(({ rows }) => useRowsByFrame(rows, keyOf, 2), {
      initialProps: { rows: page(0, 6) },
    });
    nextFrame();
    const next = page(100, 6);
    rerender({ rows: next });
    expect(ids(result.current.shown)).toEqual(['run-100', 'run-101']);
    nextFrame();
    nextFrame();
    nextFrame();
    expect(result.current.shown).toEqual(next);
    expect(result.current.isFilling).toBe(false);
  });
});
