import RestartAltIcon from '@mui/icons-material/RestartAlt';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { useServerNow } from '@/components/time/use-server-now';
import { useTimeZone } from '@/components/time/time-zone-context';
import { normalizeExecutionStatus } from '@/lib/execution-status';
import { formatDateTime } from '@/lib/time';
import { countOf } from '@/lib/words';
import { useDragToZoom } from '../../hooks/use-drag-to-zoom';
import { useTimelineLanes } from '../../hooks/use-timeline-lanes';
import type { RunsSearch } from '../../model/runs-search';
import { barsOf, laneReality, type Bar } from '../../model/timeline-lanes';
import { timelineWindow, zoomWindow, type TimeWindow } from '../../model/timeline-window';
import { RunsRefresh } from '../runs-refresh';
import { NowLine, TrackOverlay } from './track-overlay';
import { TimelineAxis } from './timeline-axis';
import { LABEL_WIDTH, LANE_HEIGHT, TimelineLane } from './timeline-lane';
import { TimelineLegend } from './timeline-legend';

interface RunsTimelineProps {
  team: string | undefined;
  pathTeam: string;
  search: RunsSearch;
  setFilters: (patch: Partial<Omit<RunsSearch, 'page'>>) => void;
}

const VISIBLE_LANES = 14;

/**
 * One lane per job over a window of time (default: the last 24 h and the next 6 h), each run a bar shaped and
 * coloured by status, the deployed schedule's ticks as marks with the reality check's findings. Lanes are
 * virtualized and only the lanes on screen are fetched, so a team of 1,000 jobs costs what 14 do.
 */
export default function RunsTimeline({ team, pathTeam, search, setFilters }: RunsTimelineProps) {
  const { timeZone } = useTimeZone();
  const now = useServerNow(30_000);
  const window = timelineWindow(search.range, now);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState({ start: 0, end: VISIBLE_LANES });
  const lanes = useTimelineLanes({
    team,
    pathTeam,
    jobs: search.jobs,
    window,
    visible,
  });
  // The app does not use the React Compiler; the virtualizer's functions are used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lanes.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LANE_HEIGHT,
    overscan: 6,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const start = items[0]?.index ?? 0;
      const end = items[items.length - 1]?.index ?? VISIBLE_LANES;
      setVisible((current) => (current.start === start && current.end === end ? current : { start, end }));
    },
  });
  const zoomTo = (next: TimeWindow) =>
    setFilters({
      range: {
        kind: 'custom',
        from: new Date(next.from).toISOString(),
        to: new Date(next.to).toISOString(),
      },
    });

  const items = virtualizer.getVirtualItems();
  const shown = useMemo(() => {
    const statuses = new Set(search.statuses);
    const by = search.startedBy?.toLowerCase();
    return (bar: Bar) =>
      (statuses.size === 0 || statuses.has(normalizeExecutionStatus(bar.run.status)!)) &&
      (!search.type || bar.run.type?.toLowerCase() === search.type) &&
      (!by || (bar.run.startedBy ?? '').toLowerCase().includes(by));
  }, [search.statuses, search.type, search.startedBy]);
  const rendered = items.map((item) => {
    const lane = lanes.laneAt(item.index);
    const runs = lane?.runs;
    return {
      item,
      lane,
      bars: runs ? barsOf(runs, window, now) : [],
      reality: lane && runs ? laneReality(lane.job, runs, window, now) : undefined,
    };
  });
  const totals = rendered.reduce(
    (sum, { reality }) => ({
      missed: sum.missed + (reality?.missed ?? 0),
      late: sum.late + (reality?.late ?? 0),
      skipped: sum.skipped + (reality?.skipped ?? 0),
      overlap: sum.overlap + (reality?.overlapRisk ? 1 : 0),
    }),
    { missed: 0, late: 0, skipped: 0, overlap: 0 },
  );
  const drag = useDragToZoom(window, zoomTo, LABEL_WIDTH);
  const span = `${formatDateTime(window.from, timeZone, { seconds: false })} to ${formatDateTime(window.to, timeZone, { seconds: false })}`;

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }}>
          {span}
        </Typography>
        <Button size="small" startIcon={<ZoomInIcon />} onClick={() => zoomTo(zoomWindow(window, 0.5))}>
          Zoom in
        </Button>
        <Button size="small" startIcon={<ZoomOutIcon />} onClick={() => zoomTo(zoomWindow(window, 2))}>
          Zoom out
        </Button>
        {search.range.kind !== 'all' && (
          <Button size="small" startIcon={<RestartAltIcon />} onClick={() => setFilters({ range: { kind: 'all' } })}>
            Last 24 hours and next 6
          </Button>
        )}
        <RunsRefresh query={lanes} hasActive={lanes.hasActive} />
      </Stack>
      <Typography variant="body2" role="status" id="timeline-summary">
        {lanes.isPending ? (
          'Loading the jobs…'
        ) : lanes.jobsError ? (
          'The jobs could not be loaded.'
        ) : (
          <>
            {countOf(lanes.total, 'job')}. On the {rendered.length} shown: {totals.missed} missed, {totals.late} late
            and {totals.skipped} skipped scheduled runs; {totals.overlap} {totals.overlap === 1 ? 'job' : 'jobs'} at
            overlap risk. Drag across the lanes to zoom in.
          </>
        )}
      </Typography>
      {lanes.error && (
        <ApiErrorAlert
          error={lanes.error}
          title={lanes.jobsError ? 'Could not load the timeline' : 'Could not load all of the timeline'}
          onRetry={() => void lanes.refetch()}
        />
      )}
      {lanes.isTruncated && (
        <Alert severity="warning">
          Some jobs have more runs in this window than the timeline draws at once. Zoom in to see them all.
        </Alert>
      )}
      <TimelineLegend />
      <Paper variant="outlined" sx={{ overflow: 'hidden' }} aria-busy={lanes.isPending}>
        <TimelineAxis window={window} now={now} timeZone={timeZone} labelWidth={LABEL_WIDTH} />
        {lanes.isPending ? (
          <LoadingBar label="Loading the timeline" />
        ) : lanes.jobsError ? null : lanes.total === 0 ? (
          <EmptyState title="No jobs to show" description="The jobs of the team, and their runs, appear here." />
        ) : (
          <Box
            ref={scrollRef}
            role="region"
            aria-label="Runs per job"
            aria-describedby="timeline-summary"
            tabIndex={0}
            sx={{
              height: Math.min(lanes.total, VISIBLE_LANES) * LANE_HEIGHT + 2,
              overflowY: 'auto',
              position: 'relative',
            }}
          >
            <Box
              role="list"
              {...drag.handlers}
              sx={{
                height: virtualizer.getTotalSize(),
                position: 'relative',
                cursor: 'crosshair',
                userSelect: 'none',
              }}
            >
              {rendered.map(({ item, lane, bars, reality }) => (
                <Box
                  key={item.key}
                  sx={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <TimelineLane
                    lane={lane}
                    bars={bars}
                    reality={reality}
                    window={window}
                    timeZone={timeZone}
                    isShown={shown}
                  />
                </Box>
              ))}
              <NowLine window={window} now={now} />
              {drag.selection && (
                <TrackOverlay
                  start={drag.selection.start}
                  end={drag.selection.end}
                  sx={{ bgcolor: 'primary.main', opacity: 0.15 }}
                />
              )}
            </Box>
          </Box>
        )}
      </Paper>
    </Stack>
  );
}
