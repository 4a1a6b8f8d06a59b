import TableRowsIcon from '@mui/icons-material/TableRows';
import ViewTimelineIcon from '@mui/icons-material/ViewTimeline';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { NO_FILTERS } from '@/components/execution/execution-filters';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { RejectedParamsAlert } from '@/components/feedback/rejected-params-alert';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useTeamScope } from '@/components/team/use-team-scope';
import { RunsFilters } from '../components/runs-filters';
import { RunsTableView } from '../components/runs-table-view';
import { useRunsSearch } from '../hooks/use-runs-search';
import type { RunsView } from '../model/runs-search';

const RunsTimeline = lazy(() => import('../components/timeline/runs-timeline'));

/** `/teams/:team/executions` and `/executions`: every run of a team's (or every team's) jobs, as a table or a timeline. */
export function RunsPage() {
  const { team, pathTeam } = useTeamScope();
  const { search, rejected, setFilters, setPage, setView, dropRejected } = useRunsSearch();
  useDocumentTitle('Runs', team ?? search.team ?? 'All teams');
  const clearFilters = () => setFilters({ ...NO_FILTERS, job: undefined, startedBy: undefined });

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1" sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {team ? `Runs of ${team}` : search.team ? `Runs of ${search.team}` : 'Runs of all teams'}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={search.view}
          onChange={(_, view: RunsView | null) => view && setView(view)}
          aria-label="View"
        >
          <ToggleButton value="table" sx={{ gap: 0.75 }}>
            <TableRowsIcon fontSize="small" aria-hidden />
            Table
          </ToggleButton>
          <ToggleButton value="timeline" sx={{ gap: 0.75 }}>
            <ViewTimelineIcon fontSize="small" aria-hidden />
            Timeline
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
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
    </Stack>
  );
}
