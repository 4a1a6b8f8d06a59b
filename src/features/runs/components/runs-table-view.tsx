import CancelIcon from '@mui/icons-material/Cancel';
// MUI's Button only for "Cancel selected" (the kit has no error colour), rendered once runs are ticked.
import MuiButton from '@mui/material/Button';
import { useState } from 'react';
import type { ExecutionRef, ExecutionSummary } from '@/api/types';
import { hasFilters } from '@/components/execution/execution-filters';
import { executionColumns } from '@/components/execution/execution-columns';
import { ExecutionsTable } from '@/components/execution/executions-table';
import { ColumnChooser } from '@/components/table/column-chooser';
import { useTableColumns } from '@/components/table/use-table-columns';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import placeholder from '@/components/feedback/page-placeholder.module.css';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { classNames } from '@/components/ui/class-names';
import { Surface } from '@/components/ui/surface';
import { Text } from '@/components/ui/text';
import { Pager } from '@/components/table/pager';
import { useJobTeams } from '@/components/team/use-job-teams';
import { isActive } from '@/lib/execution-status';
import { countOf } from '@/lib/words';
import { useRuns } from '../hooks/use-runs';
import { RUNS_PAGE_SIZES, type RunsSearch } from '../model/runs-search';
import { BulkCancelDialog } from './bulk-cancel-dialog';
import { RunsRefresh } from './runs-refresh';
import styles from './runs-table-view.module.css';

interface RunsTableViewProps {
  team: string | undefined;
  pathTeam: string;
  search: RunsSearch;
  setFilters: (patch: Partial<Omit<RunsSearch, 'page'>>) => void;
  setPage: (page: number) => void;
  onClearFilters: () => void;
}

/** The runs as a table: one page from the service, cancel from a row, or tick several and cancel them together. */
const RUNS_COLUMNS = executionColumns(true);

export function RunsTableView({ team, pathTeam, search, setFilters, setPage, onClearFilters }: RunsTableViewProps) {
  const runs = useRuns({ team, pathTeam, search });
  const columns = useTableColumns('runs', RUNS_COLUMNS);
  const view = runs.data;
  const { teamOf } = useJobTeams(
    (view?.rows ?? []).map((row) => row.jobName ?? '').filter(Boolean),
    team ?? search.team,
    pathTeam,
  );
  const jobOf = (row: ExecutionSummary) => {
    const rowTeam = teamOf(row.jobName);
    return rowTeam && row.jobName ? { team: rowTeam, job: row.jobName } : undefined;
  };
  const [selected, setSelected] = useState<ReadonlyMap<string, ExecutionRef>>(new Map());
  const [toCancel, setToCancel] = useState<ExecutionRef[]>([]);
  const hasActive = view?.rows.some((row) => isActive(row.status)) ?? false;

  const toggle = (row: ExecutionSummary) => {
    const ref = jobOf(row);
    if (!row.id || !ref) return;
    const next = new Map(selected);
    if (next.has(row.id)) next.delete(row.id);
    else next.set(row.id, { ...ref, executionId: row.id });
    setSelected(next);
  };

  return (
    <div className={styles.view}>
      <div className={styles.toolbar}>
        <Text variant="body2" color="text.secondary" className={styles.count}>
          {view ? countOf(view.totalItems, 'execution') : ''}
        </Text>
        {selected.size > 0 && (
          <div role="group" aria-label="Selected executions" className={styles.selection}>
            <Text variant="body2">{selected.size} selected</Text>
            <MuiButton
              variant="outlined"
              color="error"
              size="small"
              startIcon={<CancelIcon />}
              onClick={() => setToCancel([...selected.values()])}
            >
              Cancel selected
            </MuiButton>
            <Button size="small" onClick={() => setSelected(new Map())}>
              Clear selection
            </Button>
          </div>
        )}
        <RunsRefresh query={runs} hasActive={hasActive} />
        <ColumnChooser
          columns={RUNS_COLUMNS}
          visible={columns.visible}
          onToggle={columns.setVisible}
          onReset={columns.reset}
        />
      </div>
      {(search.type || search.startedBy) && (
        <Alert severity="info">
          The Control Service cannot filter executions by type or by who started them, so those filters are applied to
          each page it returns: pages can hold fewer rows, and counts include every run.
          {view && view.hiddenOnPage > 0 ? ` ${view.hiddenOnPage} other executions are hidden on this page.` : ''}
        </Alert>
      )}
      {runs.isError && (
        <ApiErrorAlert
          error={runs.error}
          title={
            view ? 'Could not refresh the executions: showing the last page loaded' : 'Could not load the executions'
          }
          onRetry={() => void runs.refetch()}
          isRetrying={runs.isFetching}
        />
      )}
      {view ? (
        <Surface variant="outlined">
          <ExecutionsTable
            jobOf={jobOf}
            columns={RUNS_COLUMNS}
            visible={columns.visible}
            rows={view.rows}
            sort={search.sort}
            onSortChange={(sort) => setFilters({ sort })}
            selection={{
              selected: new Set(selected.keys()),
              onToggle: toggle,
              isSelectable: (row) => isActive(row.status) && jobOf(row) !== undefined,
            }}
            isUpdating={runs.isPlaceholderData}
            empty={
              view.totalItems > 0 ? (
                <EmptyState
                  title={`Page ${search.page} is past the end`}
                  action={<Button onClick={() => setPage(1)}>Go to the first page</Button>}
                />
              ) : hasFilters(search) || search.jobs.length > 0 || search.startedBy ? (
                <EmptyState
                  title="No executions match these filters"
                  action={<Button onClick={onClearFilters}>Clear filters</Button>}
                />
              ) : (
                <EmptyState title="No executions yet" description="Runs of the team's jobs will be listed here." />
              )
            }
          />
          <Pager
            page={search.page}
            pageSize={search.pageSize}
            pageSizes={RUNS_PAGE_SIZES}
            total={view.totalItems}
            noun="execution"
            onPage={setPage}
            onPageSize={(pageSize) => setFilters({ pageSize })}
          />
        </Surface>
      ) : (
        !runs.isError && (
          <div
            role="progressbar"
            aria-busy="true"
            aria-label="Loading the executions"
            className={classNames(placeholder.bone, placeholder.block, styles.placeholder)}
          />
        )
      )}
      <BulkCancelDialog refs={toCancel} onClose={() => setToCancel([])} onDone={() => setSelected(new Map())} />
    </div>
  );
}
