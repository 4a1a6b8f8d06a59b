import { useDrawingArea, useXScale, useYScale } from '@mui/x-charts/hooks';
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ExecutionStatus } from '@/lib/execution-status';
import { markAt, type StatusPoint } from '../../model/dense-marks';
import { STATUS_SHAPES } from './status-shapes';

/** Marks painted per frame: a slice stays far inside the 50 ms a task may take, on a slow machine too. */
const MARKS_PER_FRAME = 1500;

/** A press that moves further than this is a drag. */
const CLICK_SLOP_PX = 4;

interface DenseMarksProps {
  /** In paint order (`paintOrder`). */
  points: readonly StatusPoint[];
  /** Seconds per unit of the y axis. */
  divisor: number;
  colors: Record<ExecutionStatus, string>;
  /** Radius of a mark, px. */
  size: number;
  describe: (point: StatusPoint) => string;
  onOpen: (executionId: string) => void;
}

/** Each status's shape drawn once, to be stamped for every mark: far cheaper than filling a path per mark. */
function stamps(colors: Record<ExecutionStatus, string>, size: number, ratio: number) {
  const side = Math.ceil((2 * size + 2) * ratio);
  return Object.fromEntries(
    Object.entries(STATUS_SHAPES).map(([status, shape]) => {
      const canvas = document.createElement('canvas');
      canvas.width = side;
      canvas.height = side;
      const context = canvas.getContext('2d');
      if (context) {
        context.setTransform(size * ratio, 0, 0, size * ratio, side / 2, side / 2);
        context.fillStyle = colors[status as ExecutionStatus];
        context.fill(new Path2D(shape));
      }
      return [status, canvas];
    }),
  ) as Record<ExecutionStatus, HTMLCanvasElement>;
}

/**
 * The duration chart's marks on a canvas in the chart's drawing area, for more runs than SVG elements can carry:
 * the same shapes and colours, painted over a few frames so the page stays responsive. A click opens the run under
 * the pointer; its description is the canvas's tooltip. The figure's summary tells the runs in words.
 */
export function DenseMarks({ points, divisor, colors, size, describe, onOpen }: DenseMarksProps) {
  const { left, top, width, height } = useDrawingArea();
  const xScale = useXScale<'time'>();
  const yScale = useYScale<'linear'>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [hovered, setHovered] = useState<StatusPoint>();
  // Where the press began: a press that became a drag selects a range (the chart's brush), it opens nothing.
  const pressedAt = useRef<readonly [number, number]>(null);
  const place = useMemo(
    () =>
      (point: StatusPoint): readonly [number, number] => [xScale(point.x) - left, yScale(point.y / divisor) - top],
    [xScale, yScale, left, top, divisor],
  );

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const ratio = window.devicePixelRatio || 1;
    context.canvas.width = Math.round(width * ratio);
    context.canvas.height = Math.round(height * ratio);
    const shapes = stamps(colors, size, ratio);
    const offset = shapes.succeeded.width / 2;
    let frame = 0;
    let next = 0;
    const paint = () => {
      const end = Math.min(points.length, next + MARKS_PER_FRAME);
      for (; next < end; next += 1) {
        const point = points[next]!;
        const [x, y] = place(point);
        context.drawImage(shapes[point.status], x * ratio - offset, y * ratio - offset);
      }
      if (next < points.length) frame = requestAnimationFrame(paint);
    };
    // From the frame after the next: the chart's mount (axes, legend, their measuring) and the frame that lays it
    // out are long tasks already; the marks' first slice would lengthen one of them.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(paint)));
    return () => cancelAnimationFrame(frame);
  }, [points, place, width, height, colors, size]);

  const markUnder = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return markAt(points, place, event.clientX - box.left, event.clientY - box.top, size + 1);
  };

  return (
    <foreignObject x={left} y={top} width={width} height={height}>
      <canvas
        ref={canvas}
        aria-hidden
        title={hovered ? describe(hovered) : undefined}
        style={{ width, height, display: 'block', cursor: hovered ? 'pointer' : undefined }}
        onPointerMove={(event) => setHovered(markUnder(event))}
        onPointerLeave={() => setHovered(undefined)}
        onPointerDown={(event) => (pressedAt.current = [event.clientX, event.clientY])}
        onClick={(event) => {
          const [x, y] = pressedAt.current ?? [event.clientX, event.clientY];
          if (Math.hypot(event.clientX - x, event.clientY - y) > CLICK_SLOP_PX) return;
          const mark = markUnder(event);
          if (mark) onOpen(mark.id);
        }}
      />
    </foreignObject>
  );
}
