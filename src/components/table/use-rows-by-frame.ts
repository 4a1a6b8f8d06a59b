import { useEffect, useState } from 'react';

interface Filling<T> {
  /** The rows this state was made for: when the table is given others, filling starts again. */
  rows: readonly T[];
  /** Keys of the rows on screen when these rows came: they stay, whatever the count. */
  kept: ReadonlySet<string>;
  /** How many of the rows new to the table are shown. */
  count: number;
}

function shownOf<T>({ rows, kept, count }: Filling<T>, keyOf: (row: T) => string): readonly T[] {
  let added = 0;
  return rows.filter((row) => kept.has(keyOf(row)) || added++ < count);
}

/**
 * The rows to draw now: rows already on screen stay, and rows new to the table join `perFrame` a frame, top first. A
 * page of 25 new rows drawn in one frame was its longest task at 4× throttling (style, layout and paint of ~800
 * elements: 150 ms on the history of 10,000), while those rows are mostly below the charts, out of sight; a poll's
 * answer, whose rows are on screen already, is drawn at once. A table's first frame draws none: it is usually the
 * page's first frame too, whose style and layout of everything else cost as much again (with six rows, 90–150 ms at 4×
 * on the history of 10,000). `isFilling` holds while rows are still to come.
 */
export function useRowsByFrame<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  perFrame: number,
): { shown: readonly T[]; isFilling: boolean } {
  const [filling, setFilling] = useState<Filling<T>>(() => ({ rows, kept: new Set(), count: 0 }));
  let current = filling;
  if (current.rows !== rows) {
    current = { rows, kept: new Set(shownOf(filling, keyOf).map(keyOf)), count: perFrame };
    setFilling(current);
  }
  const shown = shownOf(current, keyOf);
  const isFilling = shown.length < rows.length;

  useEffect(() => {
    if (!isFilling) return;
    // After the frame that draws these rows, so that the next ones are drawn in a frame of their own.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() =>
        setFilling((state) => (state === current ? { ...state, count: state.count + perFrame } : state)),
      );
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [current, isFilling, perFrame]);

  return { shown, isFilling };
}
