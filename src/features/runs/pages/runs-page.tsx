import { lazy, Suspense } from 'react';
import { NO_FILTERS } from '@/components/execution/execution-filters';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { RejectedParamsAlert } from '@/components/feedback/rejected-params-alert';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useTeamScope } from '@/components/team/use-team-scope';
import { Icon } from '@/components/ui/icon';
import { TableRowsIcon, ViewTimelineIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { ToggleButtons, type ToggleOption } from '@/components/ui/toggle-buttons';
import { RunsFilters } from '../components/runs-filters';
import { RunsTableView } from '../components/runs-table-view';
import { useRunsSearch } from '../hooks/use-runs-search';
import type { RunsView } from '../model/runs-search';
import layout from '@/components/ui/page-layout.module.css';
import styles from './runs-page.module.css';

const RunsTimeline = lazy(() => import('../components/timeline/runs-timeline'));

const VIEWS: readonly ToggleOption<RunsView>[] = [
  {
    value: 'table',
    label: (
      <>
        <Icon icon={TableRowsIcon} fontSize="small" />
        Table
      </>
    ),
  },
  {
    value: 'timeline',
    label: (
      <>
        <Icon icon={ViewTimelineIcon} fontSize="small" />
        Timeline
      </>
    ),
  },
];

/** `/teams/:team/executions` and `/executions`: every run of a team's (or every team's) jobs, as a table or a timeline. */
export function RunsPage() {
  const { team, pathTeam } = useTeamScope();
  const { search, rejected, setFilters, setPage, setView, dropRejected } = useRunsSearch();
  useDocumentTitle('Runs', team ?? search.team ?? 'All teams');
  const clearFilters = () => setFilters({ ...NO_FILTERS, jobs: [], startedBy: undefined });

  return (
    // The UI kit's plain elements: the page's first render inserts no styles (the filters' MUI fields still do).
    <div className={layout.page}>
      <div className={layout.header}>
        <Text variant="h4" as="h1" className={styles.title}>
          {team ? `Runs of ${team}` : search.team ? `Runs of ${search.team}` : 'Runs of all teams'}
        </Text>
        <ToggleButtons
          label="View"
          size="small"
          options={VIEWS}
          value={search.view}
          onChange={setView}
          className={styles.view}
        />
      </div>
      <RejectedParamsAlert rejected={rejected} onDrop={dropRejected} />
      <RunsFilters search={search} onChange={setFilters} />
      {search.view === 'table' ? (
        <RunsTableView
          team={team}
          pathTeam={pathTeam}
          search={search}
          setFilters={setFilters}
          setPage={setPage}
          onClearFilters={clearFilters}
        />
      ) : (
        <Suspense fallback={<LoadingBar label="Loading the timeline" />}>
          <RunsTimeline team={team ?? search.team} pathTeam={pathTeam} search={search} setFilters={setFilters} />
        </Suspense>
      )}
    </div>
  );
}
