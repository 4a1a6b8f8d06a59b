import { useContext, useEffect, useRef, type PointerEvent } from 'react';
import { resolveColor, statusColor } from '@/components/execution/status-colors';
import { ThemeModeContext } from '@/components/theme/theme-mode-context';
import type { ExecutionStatus } from '@/lib/execution-status';
import { markAt, type StatusPoint } from '../../model/dense-marks';
import { STATUS_SHAPES } from './status-shapes';
import styles from './duration-chart.module.css';

/** Painting per frame, ms: the frame's own work and the canvas's rasterising stay far inside a 50 ms task. */
const PAINT_MS_PER_FRAME = 6;
/** Marks painted between two looks at the clock. */
const MARKS_PER_LOOK = 100;

/** Narrower drags are clicks (e.g. on a mark), not a range. */
const MIN_DRAG_PX = 6;

interface MarksCanvasProps {
  /** In paint order (`paintOrder`). */
  marks: readonly StatusPoint[];
  /** A mark's position in the plot, px from its top left corner. */
  place: (mark: StatusPoint) => readonly [number, number];
  width: number;
  height: number;
  /** Radius of a mark, px. */
  size: number;
  describe: (mark: StatusPoint) => string;
  onOpen: (executionId: string) => void;
  /** A finished drag across the plot, from its left to its right edge, px. */
  onSelect: (left: number, right: number) => void;
}

/**
 * Each status's shape drawn once in its colour as `element` shows it, to be stamped for every mark: far cheaper than
 * filling a path per mark.
 */
function stamps(element: Element, size: number, ratio: number) {
  const side = Math.ceil((2 * size + 2) * ratio);
  return Object.fromEntries(
    Object.entries(STATUS_SHAPES).map(([status, shape]) => {
      const canvas = document.createElement('canvas');
      canvas.width = side;
      canvas.height = side;
      const context = canvas.getContext('2d');
      if (context) {
        context.setTransform(size * ratio, 0, 0, size * ratio, side / 2, side / 2);
        context.fillStyle = resolveColor(element, statusColor(status as ExecutionStatus));
        context.fill(new Path2D(shape));
      }
      return [status, canvas];
    }),
  ) as Record<ExecutionStatus, HTMLCanvasElement>;
}

/**
 * The duration chart's plot: every run's mark painted on a canvas over a few frames (SVG elements for 10,000 runs
 * stall the page), a drag across it selecting a time range and a click opening the run under the pointer, whose
 * description is the canvas's tooltip. Hover and drag touch the DOM directly: a pointer move costs no render.
 */
export function MarksCanvas({ marks, place, width, height, size, describe, onOpen, onSelect }: MarksCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const brush = useRef<HTMLDivElement>(null);
  // Where a press began, px in the plot: until the release, moves draw the brush instead of hovering.
  const pressedAt = useRef<number>(null);
  // The colours follow the colour mode: another mode paints the marks again (the page has set it by this effect).
  const colorMode = useContext(ThemeModeContext)?.mode;

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.canvas.width = Math.round(width * ratio);
    context.canvas.height = Math.round(height * ratio);
    const shapes = stamps(context.canvas, size, ratio);
    const offset = shapes.succeeded.width / 2;
    let next = 0;
    const paint = () => {
      const until = performance.now() + PAINT_MS_PER_FRAME;
      while (next < marks.length && performance.now() < until) {
        const end = Math.min(marks.length, next + MARKS_PER_LOOK);
        for (; next < end; next += 1) {
          const mark = marks[next]!;
          const [x, y] = place(mark);
          // Whole device pixels: a stamp placed between pixels is resampled, several times slower to draw.
          context.drawImage(shapes[mark.status], Math.round(x * ratio - offset), Math.round(y * ratio - offset));
        }
      }
      if (next < marks.length) frame = requestAnimationFrame(paint);
    };
    let frame = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(frame);
  }, [marks, place, width, height, colorMode, size]);

  const pointer = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - box.left, 0), width);
    return [x, event.clientY - box.top] as const;
  };
  const markUnder = (x: number, y: number) => markAt(marks, place, x, y, size + 1);
  // Moved and stretched by a transform on its own layer: a pointer move repaints nothing else on the page.
  const showBrush = (from: number | null, to = from ?? 0) => {
    const style = brush.current?.style;
    if (!style) return;
    style.display = from === null ? 'none' : 'block';
    style.transform = `translateX(${Math.min(from ?? 0, to)}px) scaleX(${Math.abs(to - (from ?? 0))})`;
  };

  return (
    <>
      <canvas
        ref={canvas}
        aria-hidden
        className={styles.marks}
        style={{ width, height }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          pressedAt.current = pointer(event)[0];
        }}
        onPointerMove={(event) => {
          const [x, y] = pointer(event);
          if (pressedAt.current !== null) return showBrush(pressedAt.current, x);
          const mark = markUnder(x, y);
          event.currentTarget.title = mark ? describe(mark) : '';
          event.currentTarget.style.cursor = mark ? 'pointer' : '';
        }}
        onPointerUp={(event) => {
          const from = pressedAt.current;
          pressedAt.current = null;
          showBrush(null);
          if (from === null) return;
          const [x, y] = pointer(event);
          if (Math.abs(x - from) >= MIN_DRAG_PX) return onSelect(Math.min(from, x), Math.max(from, x));
          const mark = markUnder(x, y);
          if (mark) onOpen(mark.id);
        }}
        onPointerCancel={() => {
          pressedAt.current = null;
          showBrush(null);
        }}
      />
      <div ref={brush} className={styles.brush} />
    </>
  );
}
