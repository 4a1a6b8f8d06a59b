import { executionStatusTone, type ExecutionStatus } from '@/lib/execution-status';

/**
 * The status chip's colours, for chart marks (the legend and tooltips carry the status in words): the palette's
 * `--vdk-*` variables of the colour mode shown (src/app/theme/base.css), so a chart needs no MUI theme. A canvas
 * cannot paint a `var()`: it resolves the colour on its element (resolveColor).
 */
export function statusColor(status: ExecutionStatus | undefined): string {
  switch (executionStatusTone(status)) {
    case 'success':
      return 'var(--vdk-success-main)';
    case 'failure':
      return 'var(--vdk-error-main)';
    case 'platform-failure':
      return 'var(--vdk-warning-main)';
    case 'active':
      return 'var(--vdk-info-main)';
    default:
      // MUI's grey[500], the same in both modes.
      return '#9e9e9e';
  }
}

/** A colour of statusColor as the element shows it now: what a canvas can paint. */
export function resolveColor(element: Element, color: string): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(color)?.[1];
  return variable ? getComputedStyle(element).getPropertyValue(variable).trim() : color;
}
