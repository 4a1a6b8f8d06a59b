import { statusColor } from '@/components/execution/status-colors';
import type { ExecutionStatus } from '@/lib/execution-status';
import { STATUS_SHAPES } from './status-shapes';

/** A status's shape, as its marks in the chart have, beside the status's name in a legend. */
export function StatusLegendMark({ status }: { status: ExecutionStatus }) {
  return (
    <svg viewBox="-1.2 -1.2 2.4 2.4" width={12} height={12} data-status={status} aria-hidden>
      {/* A style, not the fill attribute: the colour is a CSS variable. */}
      <path d={STATUS_SHAPES[status]} style={{ fill: statusColor(status) }} />
    </svg>
  );
}
