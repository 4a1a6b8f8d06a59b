import type { Theme } from '@mui/material/styles';
import { executionStatusTone, type ExecutionStatus } from '@/lib/execution-status';

/** The status chip's colours, for chart marks (the legend and tooltips carry the status in words). */
export function statusColor(theme: Theme, status: ExecutionStatus | undefined): string {
  switch (executionStatusTone(status)) {
    case 'success':
      return theme.palette.success.main;
    case 'failure':
      return theme.palette.error.main;
    case 'platform-failure':
      return theme.palette.warning.main;
    case 'active':
      return theme.palette.info.main;
    default:
      return theme.palette.grey[500];
  }
}
