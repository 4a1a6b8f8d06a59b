import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { ExecutionStatusIcon } from '@/components/execution/execution-status-chip';
import { statusColor } from '@/components/execution/status-colors';
import { Hint } from '@/components/feedback/hint';
import { executionStatusLabel, normalizeExecutionStatus } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { explainTick, type ScheduleReality, type Tick } from '@/lib/schedule-reality';
import { formatDateTime, formatDuration } from '@/lib/time';
import type { Lane } from '../../hooks/use-timeline-lanes';
import type { Bar } from '../../model/timeline-lanes';
import { fractionOf, type TimeWindow } from '../../model/timeline-window';
import { TICK_GLYPHS } from './tick-glyphs';

export const LANE_HEIGHT = 44;
export const LABEL_WIDTH = 240;
/** Drawing every tick of an every-minute schedule would bury the runs: past this, only the findings are drawn. */
const MAX_TICK_MARKS = 400;

interface TimelineLaneProps {
  lane: Lane | undefined;
  bars: Bar[];
  reality: ScheduleReality | undefined;
  window: TimeWindow;
  timeZone: string;
  /** Shows only runs the filters let through (the check still sees every run). */
  isShown: (bar: Bar) => boolean;
}

function laneFindings(reality: ScheduleReality | undefined): string[] {
  if (!reality) return [];
  return [
    reality.missed > 0 ? `${reality.missed} missed` : undefined,
    reality.late > 0 ? `${reality.late} late` : undefined,
    reality.skipped > 0 ? `${reality.skipped} skipped` : undefined,
    reality.overlapRisk ? 'overlap risk' : undefined,
  ].filter((text): text is string => text !== undefined);
}

/** `color` at `percent` % over what is behind it (MUI's alpha(), for a colour that may be a CSS variable). */
const tint = (color: string, percent: number) => `color-mix(in srgb, ${color} ${percent}%, transparent)`;

function RunBar({ bar, team, job, timeZone }: { bar: Bar; team: string; job: string; timeZone: string }) {
  const status = normalizeExecutionStatus(bar.run.status);
  const color = statusColor(status);
  const label = executionStatusLabel(bar.run.status);
  const duration = formatDuration(Math.round((bar.end - bar.start) / 1000));
  const name = `${job} ${bar.id}: ${label}, started ${formatDateTime(bar.start, timeZone)}${
    bar.isRunning ? ', still running' : duration ? `, ran ${duration}` : ''
  }`;
  return (
    <Link
      component={RouterLink}
      to={paths.execution({ team, job, executionId: bar.id })}
      aria-label={name}
      title={name}
      draggable={false}
      underline="none"
      sx={{
        position: 'absolute',
        top: 6,
        bottom: 6,
        left: `${bar.left * 100}%`,
        width: `max(6px, ${bar.width * 100}%)`,
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        overflow: 'hidden',
        px: 0.25,
        borderRadius: 0.5,
        border: 1,
        borderColor: color,
        borderLeftWidth: 3,
        // A run still going is striped: its end is not known yet.
        background: bar.isRunning
          ? `repeating-linear-gradient(45deg, ${tint(color, 35)} 0 6px, ${tint(color, 12)} 6px 12px)`
          : tint(color, 25),
        color: 'text.primary',
        fontSize: '0.75rem',
        whiteSpace: 'nowrap',
        '&:hover, &:focus-visible': {
          background: tint(color, 50),
          zIndex: 1,
        },
      }}
    >
      <ExecutionStatusIcon status={bar.run.status} label={label} fontSize="inherit" />
      <Box component="span" aria-hidden sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {status === 'succeeded' ? '' : label}
      </Box>
    </Link>
  );
}

function TickMark({
  tick,
  window,
  enabled,
  timeZone,
}: {
  tick: Tick;
  window: TimeWindow;
  enabled: boolean;
  timeZone: string;
}) {
  const glyph = TICK_GLYPHS[tick.kind];
  const text = `${formatDateTime(tick.at, timeZone, { seconds: false })}: ${explainTick(tick, { enabled })}`;
  return (
    <Box
      role="img"
      aria-label={text}
      title={text}
      sx={{
        position: 'absolute',
        top: 0,
        left: `${fractionOf(tick.at, window) * 100}%`,
        transform: 'translateX(-50%)',
        lineHeight: 0,
        color: glyph.color,
        '& svg': { fontSize: glyph.size },
      }}
    >
      <glyph.Icon aria-hidden />
    </Box>
  );
}

/** One job: its name and findings, its runs as bars, and the ticks of its schedule as marks above them. */
export const TimelineLane = memo(function TimelineLane({
  lane,
  bars,
  reality,
  window,
  timeZone,
  isShown,
}: TimelineLaneProps) {
  if (!lane) {
    return (
      <Box
        sx={{
          display: 'flex',
          height: LANE_HEIGHT,
          alignItems: 'center',
          px: 1,
        }}
      >
        <Skeleton width={LABEL_WIDTH - 24} aria-hidden />
      </Box>
    );
  }
  const team = lane.job.config?.team ?? '';
  const job = lane.job.jobName ?? '';
  const findings = laneFindings(reality);
  const enabled = lane.job.deployments?.[0]?.enabled !== false;
  const marks = (reality?.ticks ?? []).filter(
    (tick) => tick.kind !== 'ran' || (reality?.ticks.length ?? 0) <= MAX_TICK_MARKS,
  );
  return (
    <Box
      role="listitem"
      sx={{
        display: 'flex',
        height: LANE_HEIGHT,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ width: LABEL_WIDTH, flexShrink: 0, px: 1, py: 0.5, minWidth: 0 }}>
        <Link
          component={RouterLink}
          to={paths.job({ team, job })}
          sx={{
            display: 'block',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {job}
        </Link>
        <Typography variant="caption" color="text.secondary" component="div" noWrap>
          {lane.runs === undefined ? (
            'Loading runs…'
          ) : findings.length > 0 ? (
            <Box
              component="span"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 0.5,
                color: 'warning.main',
              }}
            >
              <WarningAmberIcon sx={{ fontSize: 14 }} aria-hidden />
              {findings.join(' · ')}
            </Box>
          ) : lane.job.deployments ? (
            enabled ? (
              'On schedule'
            ) : (
              'Disabled'
            )
          ) : (
            'Not deployed'
          )}
        </Typography>
      </Box>
      <Box sx={{ position: 'relative', flexGrow: 1, minWidth: 0 }}>
        {reality?.overlapRisk && (
          <Hint
            title={`Its recent runs took ${formatDuration(Math.round(reality.overlapRisk.typicalDurationMs / 1000))} (median), longer than the ${formatDuration(Math.round(reality.overlapRisk.intervalMs / 1000))} between two scheduled runs: VDK skips a run while the previous one is still running.`}
          >
            <Box
              component="span"
              sx={{
                position: 'absolute',
                right: 4,
                bottom: 2,
                fontSize: '0.7rem',
                color: 'warning.main',
                zIndex: 2,
              }}
            >
              Overlap risk
            </Box>
          </Hint>
        )}
        {marks.map((tick) => (
          <TickMark key={tick.at} tick={tick} window={window} enabled={enabled} timeZone={timeZone} />
        ))}
        {bars.filter(isShown).map((bar) => (
          <RunBar key={bar.id} bar={bar} team={team} job={job} timeZone={timeZone} />
        ))}
      </Box>
    </Box>
  );
});
