import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { listRefreshLabel } from '@/api/polling';
import { useConfig } from '@/config/config-context';
import type { JobRef, JobSummary } from '@/api/types';
import { isForbidden } from '@/api/errors';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { Pager } from '@/components/table/pager';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useTeams } from '@/components/team/teams-context';
import { useTeamScope } from '@/components/team/use-team-scope';
import { paths } from '@/lib/paths';
import { ColumnChooser } from '@/components/table/column-chooser';
import { JobsFilterBar } from '../components/jobs-filter-bar';
import { JobsTableSkeleton } from '../components/jobs-states';
import { JobsTable } from '../components/jobs-table';
import { RejectedParamsNotice } from '../components/rejected-params-notice';
import { activeRunsOf } from '../model/active-runs';
import { hasFilters, PAGE_SIZES, type JobsSearch } from '../model/jobs-search';
import { useJobColumns } from '../hooks/use-job-columns';
import { useJobs, usePrefetchJobsPage, useTurnJobsPage } from '../hooks/use-jobs';
import { useJobsSearch } from '../hooks/use-jobs-search';
import { useListReturn } from '../hooks/use-list-return';
import { usePrefetchJob } from '../hooks/use-prefetch-job';
import { useSearchShortcut } from '../hooks/use-search-shortcut';
import { countOf } from '@/lib/words';
import { Alert } from '@/components/ui/alert';
import { Button, LinkButton } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { AddIcon } from '@/components/ui/icons';
import { Surface } from '@/components/ui/surface';
import { Text } from '@/components/ui/text';
import styles from './jobs-page.module.css';

const CreateJobDialog = lazy(() => import('../components/create-job-dialog'));
const CreatedJobNotice = lazy(() => import('../components/created-job-notice'));
// A list with no job to show is the exception: what it says then loads when needed, not with every visit.
const emptyStates = () => import('../components/jobs-empty-states');
const NoAccess = lazy(() => emptyStates().then((module) => ({ default: module.NoAccess })));
const NoJobsYet = lazy(() => emptyStates().then((module) => ({ default: module.NoJobsYet })));
const NoMatchingJobs = lazy(() => emptyStates().then((module) => ({ default: module.NoMatchingJobs })));

/** Criteria in words, for "No job matches …". */
function describeCriteria(search: JobsSearch): string[] {
  return [
    search.search.trim() ? `“${search.search.trim()}”` : undefined,
    search.deployment ? `deployment ${search.deployment.replace('_', ' ')}` : undefined,
    search.status ? `last status ${search.status.replace('_', ' ')}` : undefined,
    search.team ? `team ${search.team}` : undefined,
  ].filter((part): part is string => part !== undefined);
}

/** `/teams/:team/jobs` (one team) and `/jobs` (every team, with a team column and filter). */
export function JobsPage() {
  const scope = useTeamScope();
  const { team } = scope;
  const { teams, defaultTeam } = useTeams();
  const { pollIntervalMs } = useConfig();
  const isAllTeams = team === undefined;
  useDocumentTitle('Jobs', team ?? 'All teams');

  const { state: search, rejected, update, clearFilters, dropRejected } = useJobsSearch();
  const jobs = useJobs(scope, search);
  const prefetchPage = usePrefetchJobsPage(scope, search);
  const showPage = useCallback((page: number) => update({ page }), [update]);
  const turnPage = useTurnJobsPage(scope, search, showPage);
  const { columns, visible, setVisible, reset } = useJobColumns(isAllTeams);
  const prefetch = usePrefetchJob(team, jobs.dataUpdatedAt);
  const rows = (jobs.data?.content ?? []).filter((job): job is JobSummary => job != null);
  const rememberPosition = useListReturn(rows.length > 0);
  const searchInput = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchInput);
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<(JobRef & { existed: boolean }) | null>(null);

  const total = jobs.data?.totalItems ?? 0;
  const createButton = (
    <Button variant="contained" startIcon={<Icon icon={AddIcon} />} onClick={() => setIsCreating(true)}>
      Create job
    </Button>
  );

  return (
    <div>
      <div className={styles.header}>
        <Text variant="h4" as="h1" className={styles.title}>
          {isAllTeams ? 'Jobs of all teams' : `Jobs of ${team}`}
        </Text>
        <div className={styles.headerActions}>
          <LinkButton to={team ? paths.runs({ team }) : paths.allRuns()}>Runs</LinkButton>
          {createButton}
        </div>
      </div>
      <RejectedParamsNotice rejected={rejected} onDismiss={dropRejected} />
      {created && (
        <Suspense fallback={null}>
          <CreatedJobNotice created={created} className={styles.notice} onClose={() => setCreated(null)} />
        </Suspense>
      )}
      <JobsFilterBar
        search={search}
        onChange={update}
        searchInputRef={searchInput}
        teams={isAllTeams ? teams : undefined}
      >
        <RefreshIndicator
          updatedAt={jobs.dataUpdatedAt}
          isFetching={jobs.isFetching}
          onRefresh={() => void jobs.refetch()}
          autoRefreshLabel={listRefreshLabel(activeRunsOf(jobs.data).length > 0, pollIntervalMs)}
        />
        <ColumnChooser columns={columns} visible={visible} onToggle={setVisible} onReset={reset} />
      </JobsFilterBar>
      {jobs.isError && jobs.data && (
        <Alert severity="warning" className={styles.notice}>
          Could not refresh the list: {jobs.error.message} The jobs below are as of the last successful refresh.
        </Alert>
      )}
      <Surface variant="outlined">
        <Suspense fallback={null}>
          {jobs.isPending ? (
            <JobsTableSkeleton columns={visible.size} />
          ) : jobs.isError && !jobs.data && isForbidden(jobs.error) ? (
            <NoAccess
              team={team ?? search.team}
              otherTeams={teams.filter((other) => other !== (team ?? search.team))}
            />
          ) : jobs.isError && !jobs.data ? (
            <div className={styles.error}>
              <ApiErrorAlert
                error={jobs.error}
                title="Could not load the jobs"
                onRetry={() => void jobs.refetch()}
                isRetrying={jobs.isFetching}
              />
            </div>
          ) : total === 0 && !hasFilters(search) ? (
            <NoJobsYet team={team ?? search.team} createAction={createButton} />
          ) : total === 0 ? (
            <NoMatchingJobs criteria={describeCriteria(search)} onClear={clearFilters} />
          ) : (
            <>
              {rows.length === 0 && (
                <Alert
                  severity="info"
                  className={styles.pastTheEnd}
                  action={
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => update({ page: Math.ceil(total / search.size) })}
                    >
                      Go to the last page
                    </Button>
                  }
                >
                  Page {search.page} is past the end of the list ({countOf(total, 'job')}).
                </Alert>
              )}
              <JobsTable
                jobs={rows}
                team={team}
                columns={columns}
                visible={visible}
                sort={search.sort}
                onSortChange={(sort) => update({ sort })}
                onPrefetch={prefetch}
                onLeave={rememberPosition}
                isStale={jobs.isPlaceholderData}
              />
              <Pager
                page={search.page}
                pageSize={search.size}
                pageSizes={PAGE_SIZES}
                total={total}
                noun="job"
                onPage={turnPage}
                onPagePreview={prefetchPage}
                onPageSize={(size) => update({ size })}
              />
            </>
          )}
        </Suspense>
      </Surface>
      <Suspense fallback={null}>
        {isCreating && (
          <CreateJobDialog
            defaultTeam={team ?? search.team ?? defaultTeam}
            teams={teams}
            onClose={() => setIsCreating(false)}
            onCreated={(ref) => {
              setIsCreating(false);
              setCreated(ref);
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
