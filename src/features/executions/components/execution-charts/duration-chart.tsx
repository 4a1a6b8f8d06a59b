import { useTheme } from '@mui/material/styles';
import type { ChartsLabelCustomMarkProps } from '@mui/x-charts/ChartsLabel';
import { ChartsBrushOverlay } from '@mui/x-charts/ChartsBrushOverlay';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import type { ScatterItemIdentifier } from '@mui/x-charts/models';
import { ScatterChart } from '@mui/x-charts/ScatterChart';
import { type ComponentType, useMemo } from 'react';
import { EXECUTION_STATUSES, type ExecutionStatus, executionStatusLabel } from '@/lib/execution-status';
import { formatDateTime, formatDuration } from '@/lib/time';
import { shortVersion } from '@/lib/job-version';
import type { DeploymentMarker } from '../../model/deployment-markers';
import { durationUnit, type DurationPoint } from '../../model/duration-points';
import { BrushToRange } from './brush-to-range';
import { statusColor } from '@/components/execution/status-colors';
import { StatusLegendMark, StatusMarker } from './status-marks';

interface DurationChartProps {
  points: DurationPoint[];
  markers: DeploymentMarker[];
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

/** Duration of each execution over its start time, one series (colour, shape and legend entry) per status. */
export function DurationChart({ points, markers, timeZone, onSelectRange, onOpenExecution }: DurationChartProps) {
  const theme = useTheme();
  const { unit, divisor } = durationUnit(Math.max(0, ...points.map((point) => point.y)));
  const series = useMemo(
    () =>
      EXECUTION_STATUSES.map((status) => ({
        id: status,
        label: executionStatusLabel(status),
        color: statusColor(theme, status),
        labelMarkType: LEGEND_MARKS[status],
        markerSize: 5,
        data: points
          .filter((point) => point.status === status)
          .map((point) => ({ id: point.id, x: point.x, y: point.y / divisor })),
        valueFormatter: (value: { x: number; y: number; id?: string | number } | null) =>
          value
            ? `${executionStatusLabel(status)} · ${formatDuration(value.y * divisor) ?? ''} · started ${formatDateTime(value.x, timeZone) ?? ''}`
            : '',
      })).filter((entry) => entry.data.length > 0),
    [points, divisor, theme, timeZone],
  );
  const xs = points.map((point) => point.x).concat(markers.map((marker) => marker.at));
  const [min, max] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [undefined, undefined];
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
      yAxis={[{ label: `Duration (${unit})`, min: 0 }]}
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
      <ChartsBrushOverlay />
      <BrushToRange onSelect={onSelectRange} />
    </ScatterChart>
  );
}
