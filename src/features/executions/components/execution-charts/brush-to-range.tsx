import { useBrush, useXScale } from '@mui/x-charts/hooks';
import { useEffect, useRef } from 'react';

/** Narrower drags are clicks (e.g. on a point), not a range. */
const MIN_DRAG_PX = 6;

/**
 * Turns a finished brush drag on the time axis into a time range. The chart clears its brush
 * when the pointer is released, so the last brush seen before that is the selection.
 */
export function BrushToRange({ onSelect }: { onSelect: (from: Date, to: Date) => void }) {
  const brush = useBrush();
  const xScale = useXScale<'time'>();
  const last = useRef<typeof brush>(null);
  useEffect(() => {
    if (brush) {
      last.current = brush;
      return;
    }
    const finished = last.current;
    last.current = null;
    if (!finished) return;
    const left = Math.min(finished.start.x, finished.current.x);
    const right = Math.max(finished.start.x, finished.current.x);
    if (right - left < MIN_DRAG_PX) return;
    onSelect(xScale.invert(left), xScale.invert(right));
  }, [brush, xScale, onSelect]);
  return null;
}
