import { lazy, memo, Suspense } from 'react';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import bones from '@/components/feedback/page-placeholder.module.css';
import { classNames } from '@/components/ui/class-names';
import { useChartModel } from '../hooks/use-chart-model';
import { useExecutionTrends } from '../hooks/use-execution-trends';
import type { ExecutionsSearch } from '../model/executions-search';
import styles from './execution-trends-section.module.css';

// Its own chunk: the charts load only when the history is opened.
const ExecutionCharts = lazy(() => import('./execution-charts/execution-charts'));

interface ExecutionTrendsSectionProps {
  jobRef: JobRef;
  search: ExecutionsSearch;
  /** The table's rows have arrived: the charts' requests wait for them (`useExecutionTrends`). */
  afterRows: boolean;
  onSelectRange: (from: Date, to: Date) => void;
  onOpenExecution: (executionId: string) => void;
}

/**
 * The charts above the table, or a placeholder of the same size while their data or code loads. Their data is read
 * here, not by the page: its pages of runs and its counts arriving re-render the charts, not the table's rows.
 */
export const ExecutionTrendsSection = memo(function ExecutionTrendsSection({
  jobRef,
  search,
  afterRows,
  onSelectRange,
  onOpenExecution,
}: ExecutionTrendsSectionProps) {
  const { runs, counts } = useExecutionTrends(jobRef, search, afterRows);
  const model = useChartModel(runs.data?.runs);
  const placeholder = (
    <div
      role="progressbar"
      aria-busy="true"
      aria-label="Loading the charts"
      className={classNames(bones.bone, bones.block, styles.placeholder)}
    />
  );
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
  if (!runs.data || !model || counts.isPending) return <div className={styles.area}>{placeholder}</div>;
  if (runs.data.totalItems === 0) return null;
  return (
    <div className={styles.area}>
      <Suspense fallback={placeholder}>
        <ExecutionCharts
          model={model}
          shown={runs.data.runs.length}
          totalInRange={runs.data.fetched < runs.data.totalItems ? runs.data.totalItems : undefined}
          counts={counts.counts}
          countsIgnoreType={search.type !== undefined}
          onSelectRange={onSelectRange}
          onOpenExecution={onOpenExecution}
        />
      </Suspense>
    </div>
  );
});
