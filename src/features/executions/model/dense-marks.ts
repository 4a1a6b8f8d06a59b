import type { ExecutionStatus } from '@/lib/execution-status';
import type { DurationPoint } from './duration-points';

/** Above this many runs the duration chart's marks are smaller, so that neighbours overlap less. */
export const DENSE_MARKS = 1000;

/** Marks painted later lie on top: where thousands overlap, the failures stay visible above the successes. */
const PAINT_ORDER: readonly ExecutionStatus[] = [
  'succeeded',
  'skipped',
  'cancelled',
  'submitted',
  'running',
  'platform_error',
  'user_error',
];

export type StatusPoint = DurationPoint & { status: ExecutionStatus };

/** The points that have a status, in the order to paint them (within a status, in their given order). */
export function paintOrder(points: readonly DurationPoint[]): StatusPoint[] {
  // One pass into a list per status: a sort by rank costs a comparison with lookups per pair of 10,000 points.
  const byStatus = new Map<ExecutionStatus, StatusPoint[]>(PAINT_ORDER.map((status) => [status, []]));
  for (const point of points) if (point.status) byStatus.get(point.status)?.push(point as StatusPoint);
  return PAINT_ORDER.flatMap((status) => byStatus.get(status)!);
}

/**
 * The mark under the pointer: of those within `radius` pixels, the one painted last (the one seen on top).
 * `place` maps a point to its pixel position.
 */
export function markAt<T>(
  marks: readonly T[],
  place: (mark: T) => readonly [number, number],
  x: number,
  y: number,
  radius: number,
): T | undefined {
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    const [markX, markY] = place(marks[index]!);
    if ((markX - x) ** 2 + (markY - y) ** 2 <= radius ** 2) return marks[index];
  }
  return undefined;
}
