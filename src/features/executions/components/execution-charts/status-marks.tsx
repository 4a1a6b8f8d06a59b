import type { ChartsLabelCustomMarkProps } from '@mui/x-charts/ChartsLabel';
import type { ScatterMarkerProps } from '@mui/x-charts/ScatterChart';
import type { ExecutionStatus } from '@/lib/execution-status';
import { STATUS_SHAPES } from './status-shapes';

/** Scatter marker (`slots.marker`) drawn in its series' status shape; the series ids are the statuses. */
export function StatusMarker({
  seriesId,
  dataIndex,
  x,
  y,
  color,
  size,
  isHighlighted,
  isFaded,
  ...interaction
}: ScatterMarkerProps) {
  return (
    <path
      d={STATUS_SHAPES[seriesId as ExecutionStatus] ?? STATUS_SHAPES.succeeded}
      transform={`translate(${x}, ${y}) scale(${(isHighlighted ? 1.2 : 1) * size})`}
      fill={color}
      opacity={isFaded ? 0.3 : 1}
      cursor={interaction.onClick ? 'pointer' : 'unset'}
      data-status={seriesId}
      data-index={dataIndex}
      {...interaction}
    />
  );
}

/** A status's shape as a legend mark (through a series' `labelMarkType`), beside the status's name. */
export function StatusLegendMark({
  status,
  className,
  color,
}: ChartsLabelCustomMarkProps & { status: ExecutionStatus }) {
  return (
    <svg viewBox="-1.2 -1.2 2.4 2.4" data-status={status}>
      <path className={className} d={STATUS_SHAPES[status]} fill={color} />
    </svg>
  );
}
