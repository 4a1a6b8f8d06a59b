import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { executionStatusLabel, normalizeExecutionStatus } from '@/lib/execution-status';
import { API_STATUSES, duplicates } from '@/testing/api-statuses';
import type { ChartModel } from '../../model/chart-model';
import { durationStats } from '../../model/chart-summaries';
import { paintOrder } from '../../model/dense-marks';
import type { DurationPoint } from '../../model/duration-points';
import { DurationChart } from './duration-chart';

const START = Date.parse('2026-11-27T10:00:00Z');
const points: DurationPoint[] = API_STATUSES.graphql.map((status, index) => ({
  id: `run-${index}`,
  x: START + index * 60_000,
  y: 30 + index * 10,
  status: normalizeExecutionStatus(status),
  isRunning: false,
}));
const model: ChartModel = {
  marks: paintOrder(points),
  dense: false,
  markers: [],
  stats: durationStats(points),
  span: [points[0]!.x, points.at(-1)!.x],
};

/** The chart laid out `width` px wide (jsdom lays nothing out), its canvas painting nothing. */
function layOut(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: (entries: { contentRect: { width: number } }[]) => void) {}
      observe() {
        this.report([{ contentRect: { width } }]);
      }
      disconnect() {}
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  // jsdom has no pointer capture; the chart captures the pointer for a drag.
  HTMLElement.prototype.setPointerCapture = () => undefined;
}

function renderChart() {
  const onSelectRange = vi.fn();
  const onOpenExecution = vi.fn();
  const { container } = render(
    <DurationChart model={model} timeZone="UTC" onSelectRange={onSelectRange} onOpenExecution={onOpenExecution} />,
  );
  return { container, onSelectRange, onOpenExecution };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (HTMLElement.prototype as Partial<HTMLElement>).setPointerCapture;
});

describe('DurationChart', () => {
  it('names every status in the legend, each beside a shape of its own', () => {
    const { container } = renderChart();
    const legend = screen.getByRole('list', { name: 'Statuses' });
    for (const status of API_STATUSES.graphql) {
      expect(legend).toHaveTextContent(executionStatusLabel(status));
    }
    const legendShapes = [...container.querySelectorAll('svg[data-status] path')].map((path) => path.getAttribute('d'));
    expect(legendShapes).toHaveLength(API_STATUSES.graphql.length);
    expect(legendShapes.every(Boolean)).toBe(true);
    expect(duplicates(legendShapes), 'statuses sharing a shape').toEqual([]);
  });

  it('selects the time range dragged across, and opens the run clicked on', () => {
    layOut(600);
    const { container, onSelectRange, onOpenExecution } = renderChart();
    const plot = container.querySelector('canvas')!;
    // The plot is 600 - 64 - 48 = 488 px wide; the first run lies 2 % of the span in.
    fireEvent.pointerDown(plot, { button: 0, clientX: 100, clientY: 50 });
    fireEvent.pointerMove(plot, { clientX: 200, clientY: 50 });
    fireEvent.pointerUp(plot, { clientX: 300, clientY: 60 });
    expect(onSelectRange).toHaveBeenCalledTimes(1);
    const [from, to] = onSelectRange.mock.calls[0] as [Date, Date];
    expect(from.getTime()).toBeGreaterThan(START);
    expect(to.getTime()).toBeGreaterThan(from.getTime());
    expect(onOpenExecution).not.toHaveBeenCalled();

    const { x, y } = markPosition(0);
    fireEvent.pointerDown(plot, { button: 0, clientX: x + 1, clientY: y });
    fireEvent.pointerUp(plot, { clientX: x + 1, clientY: y });
    expect(onOpenExecution).toHaveBeenCalledWith('run-0');
    expect(onSelectRange).toHaveBeenCalledTimes(1);
  });
});

/** Where the chart draws the `index`th run, px in its 488 × 232 plot (y axis up to 100 s for these runs). */
function markPosition(index: number) {
  const [first, last] = model.span!;
  const pad = Math.max((last - first) * 0.02, 30_000);
  const point = points[index]!;
  const x = ((point.x - (first - pad)) / (last - first + 2 * pad)) * 488;
  return { x, y: 232 - (point.y / 100) * 232 };
}
