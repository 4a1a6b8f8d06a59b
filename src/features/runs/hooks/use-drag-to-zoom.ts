import { useState, type PointerEvent } from 'react';
import { windowFromDrag, type TimeWindow } from '../model/timeline-window';

/**
 * Press on the lanes' tracks (not on a run or a name, which are links), drag, release: the window between becomes
 * the new one.
 */
export function useDragToZoom(window: TimeWindow, onZoom: (next: TimeWindow) => void, labelWidth: number) {
  const [drag, setDrag] = useState<{ origin: number; current: number } | null>(null);
  const fractionAt = (event: PointerEvent<HTMLElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return (event.clientX - box.left - labelWidth) / (box.width - labelWidth);
  };
  return {
    selection: drag && {
      start: Math.max(0, Math.min(drag.origin, drag.current)),
      end: Math.min(1, Math.max(drag.origin, drag.current)),
    },
    handlers: {
      onPointerDown: (event: PointerEvent<HTMLElement>) => {
        const onLink = event.target instanceof Element && event.target.closest('a') !== null;
        if (event.button !== 0 || onLink || fractionAt(event) < 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const at = fractionAt(event);
        setDrag({ origin: at, current: at });
      },
      onPointerMove: (event: PointerEvent<HTMLElement>) => {
        if (drag) setDrag({ ...drag, current: fractionAt(event) });
      },
      onPointerUp: (event: PointerEvent<HTMLElement>) => {
        if (!drag) return;
        const next = windowFromDrag(window, drag.origin, fractionAt(event));
        setDrag(null);
        if (next) onZoom(next);
      },
      onPointerCancel: () => setDrag(null),
    },
  };
}
