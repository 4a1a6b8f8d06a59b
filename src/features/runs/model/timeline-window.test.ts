import { describe, expect, it } from 'vitest';
import { axisTicks, fractionOf, timelineWindow, windowFromDrag, zoomWindow } from './timeline-window';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-27T12:00:30Z');
const noon = Date.parse('2026-11-27T12:00:00Z');

describe('timelineWindow', () => {
  it('shows the last 24 hours and the next 6 by default, rounded to the minute', () => {
    expect(timelineWindow({ kind: 'all' }, now)).toEqual({
      from: noon - 24 * HOUR,
      to: noon + 6 * HOUR,
    });
    expect(timelineWindow({ kind: 'preset', preset: '7d' }, now).from).toBe(noon - 7 * 24 * HOUR);
  });

  it('uses custom bounds as given, and fills in a missing one', () => {
    const from = '2026-11-26T00:00:00.000Z';
    const to = '2026-11-26T06:00:00.000Z';
    expect(timelineWindow({ kind: 'custom', from, to }, now)).toEqual({
      from: Date.parse(from),
      to: Date.parse(to),
    });
    expect(timelineWindow({ kind: 'custom', to }, now)).toEqual({
      from: Date.parse(to) - 24 * HOUR,
      to: Date.parse(to),
    });
    expect(timelineWindow({ kind: 'custom', from }, now).to).toBe(noon + 6 * HOUR);
  });
});

describe('zooming', () => {
  const window = { from: 0, to: 24 * HOUR };

  it('zooms around the middle or a point, never below ten minutes', () => {
    expect(zoomWindow(window, 0.5)).toEqual({ from: 6 * HOUR, to: 18 * HOUR });
    expect(zoomWindow(window, 0.5, 0)).toEqual({ from: 0, to: 12 * HOUR });
    expect(zoomWindow(window, 0.0001).to - zoomWindow(window, 0.0001).from).toBe(10 * 60_000);
  });

  it('turns a drag into the window between its ends, in either direction, and a click into nothing', () => {
    expect(windowFromDrag(window, 0.75, 0.25)).toEqual({
      from: 6 * HOUR,
      to: 18 * HOUR,
    });
    expect(windowFromDrag(window, 0.5, 0.502)).toBeUndefined();
    expect(windowFromDrag(window, -1, 0.5)).toEqual({ from: 0, to: 12 * HOUR });
  });

  it('places instants as fractions of the window', () => {
    expect(fractionOf(6 * HOUR, window)).toBe(0.25);
  });
});

describe('axisTicks', () => {
  it('labels round hours for a day and round minutes for a short window', () => {
    expect(axisTicks({ from: 0, to: 24 * HOUR })).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24].map((h) => h * HOUR));
    expect(axisTicks({ from: 60_000 * 7, to: 60_000 * 37 })).toEqual([10, 15, 20, 25, 30, 35].map((m) => m * 60_000));
  });
});
