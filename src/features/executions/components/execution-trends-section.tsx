import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense } from 'react';
import type { ExecutionSummary } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import type { ExecutionStatus } from '@/lib/execution-status';

// Its own chunk: @mui/x-charts loads only when the history is opened.
const ExecutionCharts = lazy(() => import('./execution-charts/execution-charts'));

interface ExecutionTrendsSectionProps {
  sample: {
    data?: { rows: ExecutionSummary[]; pageRows: number; totalItems: number };
    error: Error | null;
    refetch: () => unknown;
    isFetching: boolean;
  };
  counts: { counts: { status: ExecutionStatus; count: number }[]; isPending: boolean; error: Error | null };
  hasTypeFilter: boolean;
  onSelectRange: (from: Date, to: Date) => void;
  onOpenExecution: (executionId: string) => void;
}

/** The charts above the table, or a placeholder of the same size while their data or code loads. */
export function ExecutionTrendsSection({
  sample,
  counts,
  hasTypeFilter,
  onSelectRange,
  onOpenExecution,
}: ExecutionTrendsSectionProps) {
  const placeholder = <Skeleton variant="rounded" height={300} role="progressbar" aria-label="Loading the charts" />;
  const error = sample.error ?? counts.error;
  if (error && !sample.data) {
    return (
      <ApiErrorAlert
        error={error}
        title="Could not load the charts"
        onRetry={() => void sample.refetch()}
        isRetrying={sample.isFetching}
      />
    );
  }
  if (!sample.data || counts.isPending) return placeholder;
  if (sample.data.totalItems === 0) return null;
  return (
    <Suspense fallback={placeholder}>
      <ExecutionCharts
        executions={sample.data.rows}
        isSampled={sample.data.totalItems > sample.data.pageRows}
        counts={counts.counts}
        countsIgnoreType={hasTypeFilter}
        onSelectRange={onSelectRange}
        onOpenExecution={onOpenExecution}
      />
    </Suspense>
  );
}
