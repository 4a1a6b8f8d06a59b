import { describe, expect, it } from 'vitest';
import { markAt, paintOrder } from './dense-marks';
import type { DurationPoint } from './duration-points';

const point = (id: string, status: DurationPoint['status'], x = 0, y = 0): DurationPoint => ({
  id,
  x,
  y,
  status,
  isRunning: false,
});

describe('dense duration marks', () => {
  it('paints failures after successes, so they lie on top where marks overlap', () => {
    const order = paintOrder([
      point('a', 'user_error'),
      point('b', 'succeeded'),
      point('c', 'platform_error'),
      point('d', 'succeeded'),
      point('e', 'skipped'),
    ]);
    expect(order.map((mark) => mark.id)).toEqual(['b', 'd', 'e', 'c', 'a']);
  });

  it('leaves out a run without a status: no series, no legend entry to read it by', () => {
    expect(paintOrder([point('a', undefined), point('b', 'succeeded')]).map((mark) => mark.id)).toEqual(['b']);
  });

  it('finds the mark under the pointer, the one painted last where several are', () => {
    const marks = paintOrder([point('below', 'succeeded', 10, 10), point('above', 'user_error', 11, 10)]);
    const place = (mark: DurationPoint) => [mark.x, mark.y] as const;
    expect(markAt(marks, place, 10.5, 10, 3)?.id).toBe('above');
    expect(markAt(marks, place, 7.5, 10, 3)?.id).toBe('below');
    expect(markAt(marks, place, 30, 30, 3)).toBeUndefined();
  });
});
