import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { QueryBoundary } from '@/components/feedback/query-boundary';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { isActive } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { ExecutionTrendsSection } from '../components/execution-trends-section';
import { ExecutionsEmpty } from '../components/executions-empty';
import { ExecutionsFilters } from '../components/executions-filters';
import { ExecutionsTable } from '../components/executions-table';
import { useExecutionTrends } from '../hooks/use-execution-trends';
import { useExecutions } from '../hooks/use-executions';
import { useExecutionsSearch } from '../hooks/use-executions-search';
import { useRefreshExecutions } from '../hooks/use-refresh-executions';
import { countOf } from '@/lib/words';

/** `/teams/:team/jobs/:job/executions`: the job's execution history, filtered and ordered by the service. */
export function ExecutionsPage() {
  const { team = '', job = '' } = useParams();
  const jobRef: JobRef = { team, job };
  useDocumentTitle('Executions', job, team);
  const navigate = useNavigate();
  const { search, rejected, setFilters, setPage, dropRejected } = useExecutionsSearch();
  const executions = useExecutions(jobRef, search);
  const trends = useExecutionTrends(jobRef, search);
  const refresh = useRefreshExecutions(jobRef);
  const view = executions.data;
  const hasRunning = view?.rows.some((row) => isActive(row.status)) ?? false;

  const handleSelectRange = useCallback(
    (from: Date, to: Date) => setFilters({ range: { kind: 'custom', from: from.toISOString(), to: to.toISOString() } }),
    [setFilters],
  );
  const handleOpenExecution = useCallback(
    (executionId: string) => void navigate(paths.execution({ team, job, executionId })),
    [navigate, team, job],
  );
  const clearFilters = () => setFilters({ statuses: [], type: undefined, range: { kind: 'all' } });

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2">
          Execution history
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {view ? countOf(view.totalItems, 'execution') : ''}
        </Typography>
        <RefreshIndicator
          updatedAt={executions.dataUpdatedAt}
          isFetching={executions.isFetching}
          onRefresh={() => void refresh()}
          autoRefreshLabel={hasRunning ? 'while executions run' : undefined}
        />
      </Stack>
      {rejected.length > 0 && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={dropRejected}>
              Remove from the link
            </Button>
          }
        >
          Some filters in the link were not understood and are ignored:{' '}
          {rejected.map(({ name, value }) => `${name}=${value}`).join(', ')}.
        </Alert>
      )}
      <ExecutionsFilters search={search} onChange={setFilters} />
      {search.type && (
        <Alert severity="info">
          The Control Service cannot filter executions by type, so “{search.type}” is applied to each page it returns:
          pages can hold fewer rows, and counts include every type.
          {view && view.hiddenByType > 0 ? ` ${view.hiddenByType} other executions are hidden on this page.` : ''}
        </Alert>
      )}
      <QueryBoundary title="Could not show the charts">
        <ExecutionTrendsSection
          sample={trends.sample}
          counts={trends.counts}
          hasTypeFilter={search.type !== undefined}
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
        <ExecutionsTable
          jobRef={jobRef}
          rows={view.rows}
          totalItems={view.totalItems}
          page={search.page}
          pageSize={search.pageSize}
          sort={search.sort}
          onSortChange={(sort) => setFilters({ sort })}
          onPageChange={setPage}
          onPageSizeChange={(pageSize) => setFilters({ pageSize })}
          isUpdating={executions.isPlaceholderData}
          empty={
            <ExecutionsEmpty
              search={search}
              totalItems={view.totalItems}
              onClearFilters={clearFilters}
              onFirstPage={() => setPage(1)}
            />
          }
        />
      ) : (
        !executions.isError && (
          <Skeleton variant="rounded" height={360} role="progressbar" aria-label="Loading the executions" />
        )
      )}
    </Stack>
  );
}
