import { memo, useCallback, useMemo } from 'react';
import { EXECUTION_STATUSES, executionStatusLabel } from '@/lib/execution-status';
import { formatDateTime, formatDuration } from '@/lib/time';
import { timeTicks, valueTicks } from '../../model/chart-axes';
import type { ChartModel } from '../../model/chart-model';
import type { StatusPoint } from '../../model/dense-marks';
import { durationUnit } from '../../model/duration-points';
import { DurationAxes, type PlotScales } from './duration-axes';
import styles from './duration-chart.module.css';
import { MarksCanvas } from './marks-canvas';
import { StatusLegendMark } from './status-marks';
import { useElementWidth } from './use-element-width';

interface DurationChartProps {
  model: ChartModel;
  timeZone: string;
  onSelectRange: (from: Date, to: Date) => void;
  onOpenExecution: (executionId: string) => void;
}

const HEIGHT = 280;
/** Room around the plot: deployment labels above, the duration ticks and their unit left, time labels below. */
const MARGIN = { top: 20, right: 48, bottom: 28, left: 64 };
/** Radius of a mark, px: smaller when they are dense, so neighbours overlap less. */
const MARK_SIZE = 5;
const DENSE_MARK_SIZE = 3.5;
/** Room above the longest run, so its mark is not cut by the top of the plot. */
const HEADROOM = 1.05;
/** About one time label per this many px: a label is up to 19 characters wide, most are 10 or 16. */
const PX_PER_TIME_TICK = 130;

function describeMark(mark: StatusPoint, timeZone: string) {
  return `${executionStatusLabel(mark.status)} · ${formatDuration(mark.y) ?? ''} · started ${formatDateTime(mark.x, timeZone) ?? ''}`;
}

/**
 * Duration of each execution over its start time: a mark per run in its status's colour and shape (the legend names
 * them), deployments as dashed lines. Drawn by hand, axes in SVG and marks on a canvas, so that 10,000 runs mount
 * and follow a drag within a frame's budget.
 */
export const DurationChart = memo(function DurationChart({
  model,
  timeZone,
  onSelectRange,
  onOpenExecution,
}: DurationChartProps) {
  const { marks, dense, markers, span } = model;
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const longest = model.stats?.longest.seconds ?? 0;
  const present = useMemo(() => {
    const statuses = new Set(marks.map((mark) => mark.status));
    return EXECUTION_STATUSES.filter((status) => statuses.has(status));
  }, [marks]);

  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const scales = useMemo((): PlotScales | undefined => {
    if (!span || plotWidth === 0) return undefined;
    const { unit, divisor } = durationUnit(longest);
    const [first, last] = span;
    // A little room at both ends so the first and last marks are not cut in half.
    const pad = Math.max((last - first) * 0.02, 30_000);
    const [min, max] = [first - pad, last + pad];
    const { ticks, top } = valueTicks((longest / divisor) * HEADROOM, 5);
    return {
      width: plotWidth,
      height: plotHeight,
      unit,
      timeTicks: timeTicks(min, max, Math.max(2, Math.floor(plotWidth / PX_PER_TIME_TICK)), timeZone),
      durationTicks: ticks,
      x: (time) => ((time - min) / (max - min)) * plotWidth,
      y: (value) => plotHeight - (value / top) * plotHeight,
      time: (px) => min + (px / plotWidth) * (max - min),
      divisor,
    };
  }, [span, plotWidth, plotHeight, longest, timeZone]);
  const place = useMemo(
    () => scales && ((mark: StatusPoint) => [scales.x(mark.x), scales.y(mark.y / scales.divisor)] as const),
    [scales],
  );
  const select = useCallback(
    (left: number, right: number) => scales && onSelectRange(new Date(scales.time(left)), new Date(scales.time(right))),
    [scales, onSelectRange],
  );
  const describe = useCallback((mark: StatusPoint) => describeMark(mark, timeZone), [timeZone]);

  return (
    <div className={styles.chart}>
      <div ref={frame} className={styles.frame} style={{ height: HEIGHT }}>
        {scales && place && (
          <>
            <DurationAxes scales={scales} margin={MARGIN} markers={markers} timeZone={timeZone} />
            <div className={styles.plotArea} style={{ left: MARGIN.left, top: MARGIN.top }}>
              <MarksCanvas
                marks={marks}
                place={place}
                width={plotWidth}
                height={plotHeight}
                size={dense ? DENSE_MARK_SIZE : MARK_SIZE}
                describe={describe}
                onOpen={onOpenExecution}
                onSelect={select}
              />
            </div>
          </>
        )}
      </div>
      <ul className={styles.legend} aria-label="Statuses">
        {present.map((status) => (
          <li key={status} className={styles.legendItem}>
            <StatusLegendMark status={status} />
            {executionStatusLabel(status)}
          </li>
        ))}
      </ul>
    </div>
  );
});
