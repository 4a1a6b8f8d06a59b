import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { executionStatusLabel, normalizeExecutionStatus } from '@/lib/execution-status';
import { API_STATUSES, duplicates } from '@/testing/api-statuses';
import type { ChartModel } from '../../model/chart-model';
import { durationStats } from '../../model/chart-summaries';
import type { DurationPoint } from '../../model/duration-points';
import { DurationChart } from './duration-chart';
import { StatusMarker } from './status-marks';

const points: DurationPoint[] = API_STATUSES.graphql.map((status, index) => ({
  id: `run-${index}`,
  x: Date.parse('2026-11-27T10:00:00Z') + index * 60_000,
  y: 30 + index * 10,
  status: normalizeExecutionStatus(status),
  isRunning: false,
}));
const model: ChartModel = {
  points,
  dense: undefined,
  markers: [],
  stats: durationStats(points),
  span: [points[0]!.x, points.at(-1)!.x],
};

describe('DurationChart', () => {
  it('draws the points of every status in a shape of their own, so they differ without colour', () => {
    const { container } = render(
      <svg>
        {API_STATUSES.rest.map((status, index) => (
          <StatusMarker
            key={status}
            seriesId={status}
            dataIndex={index}
            x={10 * index}
            y={20}
            color="#888"
            size={5}
            isHighlighted={false}
            isFaded={false}
          />
        ))}
      </svg>,
    );
    const shapes = [...container.querySelectorAll('path')].map((path) => path.getAttribute('d'));
    expect(shapes).toHaveLength(API_STATUSES.rest.length);
    expect(shapes.every(Boolean)).toBe(true);
    expect(duplicates(shapes), 'statuses sharing a point shape').toEqual([]);
  });

  it('names every status in the legend, each beside its own shape', () => {
    const { container } = render(
      <div style={{ width: 600 }}>
        <DurationChart model={model} timeZone="UTC" onSelectRange={() => undefined} onOpenExecution={() => undefined} />
      </div>,
    );
    for (const status of API_STATUSES.graphql) {
      expect(screen.getByText(executionStatusLabel(status))).toBeInTheDocument();
    }
    const legendShapes = [...container.querySelectorAll('svg[data-status] path')].map((path) => path.getAttribute('d'));
    expect(legendShapes).toHaveLength(API_STATUSES.graphql.length);
    expect(duplicates(legendShapes), 'statuses sharing a legend shape').toEqual([]);
  });
});
