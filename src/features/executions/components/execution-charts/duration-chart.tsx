import { useTheme } from '@mui/material/styles';
import type { ChartsLabelCustomMarkProps } from '@mui/x-charts/ChartsLabel';
import { ChartsBrushOverlay } from '@mui/x-charts/ChartsBrushOverlay';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import type { ScatterItemIdentifier } from '@mui/x-charts/models';
import { ScatterChart } from '@mui/x-charts/ScatterChart';
import { type ComponentType, memo, useMemo } from 'react';
import { EXECUTION_STATUSES, type ExecutionStatus, executionStatusLabel } from '@/lib/execution-status';
import { formatDateTime, formatDuration } from '@/lib/time';
import { shortVersion } from '@/lib/job-version';
import type { ChartModel } from '../../model/chart-model';
import type { StatusPoint } from '../../model/dense-marks';
import { durationUnit } from '../../model/duration-points';
import { BrushToRange } from './brush-to-range';
import { DenseMarks } from './dense-marks';
import { statusColor } from '@/components/execution/status-colors';
import { StatusLegendMark, StatusMarker } from './status-marks';

interface DurationChartProps {
  model: ChartModel;
  timeZone: string;
  onSelectRange: (from: Date, to: Date) => void;
  onOpenExecution: (executionId: string) => void;
}

/** Each series' legend mark: its status's shape, as its points have. */
const LEGEND_MARKS = Object.fromEntries(
  EXECUTION_STATUSES.map((status) => {
    const Mark = (props: ChartsLabelCustomMarkProps) => <StatusLegendMark status={status} {...props} />;
    return [status, Mark];
  }),
) as Record<ExecutionStatus, ComponentType<ChartsLabelCustomMarkProps>>;

/** Radius of a mark, px: smaller when they are dense, so neighbours overlap less. */
const MARK_SIZE = 5;
const DENSE_MARK_SIZE = 3.5;
/** Room above the longest run, so its mark is not cut by the top of the plot. */
const DENSE_HEADROOM = 1.05;

function describePoint(status: ExecutionStatus, seconds: number, start: number, timeZone: string) {
  return `${executionStatusLabel(status)} · ${formatDuration(seconds) ?? ''} · started ${formatDateTime(start, timeZone) ?? ''}`;
}

/**
 * Duration of each execution over its start time, one series (colour, shape and legend entry) per status. Up to
 * `SVG_MARK_LIMIT` runs each mark is an SVG element with its tooltip; above, the marks are painted on a canvas.
 */
export const DurationChart = memo(function DurationChart({
  model,
  timeZone,
  onSelectRange,
  onOpenExecution,
}: DurationChartProps) {
  const { points, dense, markers, span } = model;
  const theme = useTheme();
  const longest = model.stats?.longest.seconds ?? 0;
  const { unit, divisor } = durationUnit(longest);
  const colors = useMemo(
    () =>
      Object.fromEntries(EXECUTION_STATUSES.map((status) => [status, statusColor(theme, status)])) as Record<
        ExecutionStatus,
        string
      >,
    [theme],
  );
  const series = useMemo(() => {
    const present = new Set<ExecutionStatus | undefined>();
    for (const point of points) present.add(point.status);
    return EXECUTION_STATUSES.filter((status) => present.has(status)).map((status) => ({
      id: status,
      label: executionStatusLabel(status),
      color: colors[status],
      labelMarkType: LEGEND_MARKS[status],
      markerSize: MARK_SIZE,
      // Dense charts keep the series for the legend and paint the marks themselves.
      data: dense
        ? []
        : points
            .filter((point) => point.status === status)
            .map((point) => ({ id: point.id, x: point.x, y: point.y / divisor })),
      valueFormatter: (value: { x: number; y: number; id?: string | number } | null) =>
        value ? describePoint(status, value.y * divisor, value.x, timeZone) : '',
    }));
  }, [points, dense, divisor, colors, timeZone]);
  const [min, max] = span ?? [undefined, undefined];
  // A little room at both ends so the first and last points are not cut in half.
  const pad = min !== undefined && max !== undefined ? Math.max((max - min) * 0.02, 30_000) : 0;
  const showSeconds = min !== undefined && max !== undefined && max - min < 15 * 60_000;

  return (
    <ScatterChart
      height={280}
      // Room on the right for the last time label and a deployment label at the edge, which are centred on their x.
      margin={{ right: 48 }}
      series={series}
      xAxis={[
        {
          scaleType: 'time',
          min: min === undefined ? undefined : min - pad,
          max: max === undefined ? undefined : max + pad,
          valueFormatter: (value: number | Date) =>
            formatDateTime(value, timeZone, { seconds: showSeconds, zone: false }) ?? '',
        },
      ]}
      // Dense series hold no data to find the top from.
      yAxis={[{ label: `Duration (${unit})`, min: 0, max: dense ? (longest / divisor) * DENSE_HEADROOM : undefined }]}
      brushConfig={{ enabled: true }}
      slots={{ marker: StatusMarker }}
      onItemClick={(_: unknown, item: ScatterItemIdentifier) => {
        const id = series.find((entry) => entry.id === item.seriesId)?.data[item.dataIndex]?.id;
        if (id) onOpenExecution(id);
      }}
    >
      {markers.map((marker) => (
        <ChartsReferenceLine
          key={`${marker.at}-${marker.jobVersion}-${marker.vdkVersion}`}
          x={new Date(marker.at)}
          label={shortVersion(marker.jobVersion)}
          labelAlign="start"
          lineStyle={{ strokeDasharray: '4 3', stroke: theme.palette.text.secondary }}
          labelStyle={{ fontSize: 11, fill: theme.palette.text.secondary }}
        />
      ))}
      {dense && (
        <DenseMarks
          points={dense}
          divisor={divisor}
          colors={colors}
          size={DENSE_MARK_SIZE}
          describe={(point: StatusPoint) => describePoint(point.status, point.y, point.x, timeZone)}
          onOpen={onOpenExecution}
        />
      )}
      <ChartsBrushOverlay />
      <BrushToRange onSelect={onSelectRange} />
    </ScatterChart>
  );
});
