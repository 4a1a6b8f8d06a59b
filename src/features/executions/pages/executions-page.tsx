import { useCallback, useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { useJobRef } from '@/components/routing/use-job-ref';
import { listRefreshLabel } from '@/api/polling';
import { useConfig } from '@/config/config-context';
import { NO_FILTERS } from '@/components/execution/execution-filters';
import { ExecutionsFilters } from '@/components/execution/executions-filters';
import { executionColumns } from '@/components/execution/execution-columns';
import { ExecutionsTable } from '@/components/execution/executions-table';
import type { ExecutionSummary } from '@/api/types';
import { ColumnChooser } from '@/components/table/column-chooser';
import { useTableColumns } from '@/components/table/use-table-columns';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import placeholder from '@/components/feedback/page-placeholder.module.css';
import { QueryBoundary } from '@/components/feedback/query-boundary';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { RejectedParamsAlert } from '@/components/feedback/rejected-params-alert';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { Pager } from '@/components/table/pager';
import { Alert } from '@/components/ui/alert';
import { classNames } from '@/components/ui/class-names';
import { Text } from '@/components/ui/text';
import { isActive } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { CompareTicked } from '../components/compare-ticked';
import { ExecutionTrendsSection } from '../components/execution-trends-section';
import { ExecutionsEmpty } from '../components/executions-empty';
import { useExecutions } from '../hooks/use-executions';
import { useExecutionsSearch } from '../hooks/use-executions-search';
import { useRefreshExecutions } from '../hooks/use-refresh-executions';
import { useRunSelection } from '../hooks/use-run-selection';
import { countOf } from '@/lib/words';
import { PAGE_SIZES, serializeExecutionsSearch } from '../model/executions-search';
import layout from '@/components/ui/page-layout.module.css';
import styles from './executions-page.module.css';

const HISTORY_COLUMNS = executionColumns(false);

/** `/teams/:team/jobs/:job/executions`: the job's execution history, filtered and ordered by the service. */
export function ExecutionsPage() {
  const columns = useTableColumns('executions', HISTORY_COLUMNS);
  const jobRef = useJobRef();
  const { team, job } = jobRef;
  useDocumentTitle('Executions', job, team);
  const navigate = useNavigate();
  const { pollIntervalMs } = useConfig();
  const { search, rejected, setFilters, setPage, dropRejected } = useExecutionsSearch();
  const executions = useExecutions(jobRef, search);
  const refresh = useRefreshExecutions(jobRef);
  const ticked = useRunSelection(serializeExecutionsSearch(search).toString());
  // A new page of rows (the first, another page, a zoomed range) is drawn in a transition, which React renders in
  // slices between frames: drawn in the answer's own task, 25 rows made it one of 100–300 ms at 4× throttling.
  // Meanwhile the last rows (or the placeholder) stay, shown as updating.
  const view = useDeferredValue(executions.data);
  const isDrawing = view !== executions.data;
  // The charts' requests wait until the rows are drawn, the last of them on screen: their answers arriving meanwhile
  // would interrupt the drawing again and again, and starting them took 30–45 ms of the task that commits the page.
  const [drawnRows, setDrawnRows] = useState<readonly ExecutionSummary[]>();
  const rowsSettled =
    (executions.isSuccess && !executions.isPlaceholderData && !isDrawing && drawnRows === view?.rows) ||
    executions.isError;
  const hasRunning = view?.rows.some((row) => isActive(row.status)) ?? false;

  const handleSelectRange = useCallback(
    (from: Date, to: Date) => setFilters({ range: { kind: 'custom', from: from.toISOString(), to: to.toISOString() } }),
    [setFilters],
  );
  const handleOpenExecution = useCallback(
    (executionId: string) => void navigate(paths.execution({ team, job, executionId })),
    [navigate, team, job],
  );
  const clearFilters = () => setFilters(NO_FILTERS);

  return (
    <div className={layout.page}>
      <div className={layout.header}>
        <Text variant="h5" as="h2">
          Execution history
        </Text>
        <Text variant="body2" color="text.secondary" className={styles.count}>
          {view ? countOf(view.totalItems, 'execution') : ''}
        </Text>
        <RefreshIndicator
          updatedAt={executions.dataUpdatedAt}
          isFetching={executions.isFetching}
          onRefresh={() => void refresh()}
          autoRefreshLabel={listRefreshLabel(hasRunning, pollIntervalMs)}
        />
        <ColumnChooser
          columns={HISTORY_COLUMNS}
          visible={columns.visible}
          onToggle={columns.setVisible}
          onReset={columns.reset}
        />
      </div>
      <RejectedParamsAlert rejected={rejected} onDrop={dropRejected} />
      <ExecutionsFilters search={search} onChange={setFilters} />
      {search.type && (
        <Alert severity="info">
          The Control Service cannot filter executions by type, so “{search.type}” is applied to each page it returns:
          pages can hold fewer rows, and counts include every type.
          {view && view.hiddenOnPage > 0 ? ` ${view.hiddenOnPage} other executions are hidden on this page.` : ''}
        </Alert>
      )}
      <QueryBoundary title="Could not show the charts">
        <ExecutionTrendsSection
          jobRef={jobRef}
          search={search}
          afterRows={rowsSettled}
          onSelectRange={handleSelectRange}
          onOpenExecution={handleOpenExecution}
        />
      </QueryBoundary>
      {executions.isError && (
        <ApiErrorAlert
          error={executions.error}
          title={
            view ? 'Could not refresh the executions: showing the last page loaded' : 'Could not load the executions'
          }
          onRetry={() => void executions.refetch()}
          isRetrying={executions.isFetching}
        />
      )}
      {view ? (
        <div className={styles.rows}>
          {(view.rows.length > 1 || ticked.runs.length > 0) && (
            <CompareTicked jobRef={jobRef} ticked={ticked.runs} onClear={ticked.clear} />
          )}
          <ExecutionsTable
            jobOf={() => jobRef}
            columns={HISTORY_COLUMNS}
            visible={columns.visible}
            rows={view.rows}
            sort={search.sort}
            onSortChange={(sort) => setFilters({ sort })}
            selection={{ selected: ticked.selected, onToggle: ticked.toggle, isSelectable: () => true }}
            isUpdating={executions.isPlaceholderData || isDrawing}
            onRowsDrawn={setDrawnRows}
            empty={
              <ExecutionsEmpty
                search={search}
                totalItems={view.totalItems}
                onClearFilters={clearFilters}
                onFirstPage={() => setPage(1)}
              />
            }
          />
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            pageSizes={PAGE_SIZES}
            total={view.totalItems}
            noun="execution"
            onPage={setPage}
            onPageSize={(pageSize) => setFilters({ pageSize })}
          />
        </div>
      ) : (
        !executions.isError && (
          <div
            role="progressbar"
            aria-busy="true"
            aria-label="Loading the executions"
            className={classNames(placeholder.bone, placeholder.block, styles.placeholder)}
          />
        )
      )}
    </div>
  );
}
