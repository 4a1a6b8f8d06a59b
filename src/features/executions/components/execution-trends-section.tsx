import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense } from 'react';
import type { ExecutionChartRun } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { useChartModel } from '../hooks/use-chart-model';
import type { ExecutionStatus } from '@/lib/execution-status';

// Its own chunk: @mui/x-charts loads only when the history is opened.
const ExecutionCharts = lazy(() => import('./execution-charts/execution-charts'));

interface ExecutionTrendsSectionProps {
  runs: {
    /** The runs in range after the type filter; `fetched` before it, of `totalItems` in range. */
    data?: { runs: ExecutionChartRun[]; fetched: number; totalItems: number };
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
  runs,
  counts,
  hasTypeFilter,
  onSelectRange,
  onOpenExecution,
}: ExecutionTrendsSectionProps) {
  const model = useChartModel(runs.data?.runs);
  const placeholder = <Skeleton variant="rounded" height={300} role="progressbar" aria-label="Loading the charts" />;
  const error = runs.error ?? counts.error;
  if (error && !runs.data) {
    return (
      <ApiErrorAlert
        error={error}
        title="Could not load the charts"
        onRetry={() => void runs.refetch()}
        isRetrying={runs.isFetching}
      />
    );
  }
  if (!runs.data || !model || counts.isPending) return placeholder;
  if (runs.data.totalItems === 0) return null;
  return (
    <Suspense fallback={placeholder}>
      <ExecutionCharts
        model={model}
        shown={runs.data.runs.length}
        totalInRange={runs.data.fetched < runs.data.totalItems ? runs.data.totalItems : undefined}
        counts={counts.counts}
        countsIgnoreType={hasTypeFilter}
        onSelectRange={onSelectRange}
        onOpenExecution={onOpenExecution}
      />
    </Suspense>
  );
}
