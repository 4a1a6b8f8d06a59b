import type { ExecutionStatus } from '@/lib/execution-status';

type Point = readonly [number, number];

const polygon = (points: readonly Point[]) =>
  `M${points.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join('L')}Z`;
const turn = ([x, y]: Point, degrees: number): Point => {
  const a = (degrees * Math.PI) / 180;
  return [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];
};
// A plus sign with arms 0.3 thick, turned into an ×.
const PLUS: Point[] = [
  [-0.3, -1.1],
  [0.3, -1.1],
  [0.3, -0.3],
  [1.1, -0.3],
  [1.1, 0.3],
  [0.3, 0.3],
  [0.3, 1.1],
  [-0.3, 1.1],
  [-0.3, 0.3],
  [-1.1, 0.3],
  [-1.1, -0.3],
  [-0.3, -0.3],
];

/**
 * A shape per status for chart marks, as SVG paths around (0, 0) with a radius of about 1: the chart's points and
 * its legend then tell the statuses apart without colour. They echo the status icons (hourglass, play, warning
 * triangle) where a small solid shape can.
 */
export const STATUS_SHAPES: Record<ExecutionStatus, string> = {
  submitted: polygon([
    [-0.85, -1],
    [0.85, -1],
    [-0.85, 1],
    [0.85, 1],
  ]),
  running: polygon([
    [-0.8, -1],
    [1, 0],
    [-0.8, 1],
  ]),
  succeeded: 'M0,-1A1,1 0 1,1 0,1A1,1 0 1,1 0,-1Z',
  cancelled: polygon([
    [-0.85, -0.85],
    [0.85, -0.85],
    [0.85, 0.85],
    [-0.85, 0.85],
  ]),
  skipped: polygon([
    [0, -1.15],
    [1.15, 0],
    [0, 1.15],
    [-1.15, 0],
  ]),
  user_error: polygon(PLUS.map((point) => turn(point, 45))),
  platform_error: polygon([
    [0, -1.1],
    [1.1, 0.95],
    [-1.1, 0.95],
  ]),
};
