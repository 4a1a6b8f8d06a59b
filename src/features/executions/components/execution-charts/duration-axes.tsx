import { shortVersion } from '@/lib/job-version';
import { formatDateTime } from '@/lib/time';
import type { DeploymentMarker } from '../../model/deployment-markers';
import styles from './duration-chart.module.css';

/** The duration chart's plot, px from its top left corner, and its axes' round values. */
export interface PlotScales {
  width: number;
  height: number;
  /** Start time (ms) → x. */
  x: (time: number) => number;
  /** Duration in `unit` → y. */
  y: (value: number) => number;
  /** x → start time (ms). */
  time: (px: number) => number;
  unit: string;
  /** Seconds per `unit`. */
  divisor: number;
  timeTicks: number[];
  durationTicks: number[];
}

interface DurationAxesProps {
  scales: PlotScales;
  margin: { top: number; right: number; bottom: number; left: number };
  markers: readonly DeploymentMarker[];
  timeZone: string;
}

/** Roughly how wide a label is at the axes' font size: enough to keep one inside the chart near its edges. */
const CHAR_PX = 7;
const DAY_MS = 86_400_000;

/**
 * The x of a label centred on `x`, moved inward when it would stick out of the chart, whose plot starts `left`
 * px into it and ends `right` px before its edge.
 */
function inside(x: number, text: string, width: number, left: number, right: number) {
  const half = (text.length * CHAR_PX) / 2;
  return Math.min(Math.max(x, half - left), width + right - half);
}

function timeLabel(time: number, ticks: readonly number[], timeZone: string) {
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : DAY_MS;
  const text = formatDateTime(time, timeZone, { seconds: step < 60_000, zone: false }) ?? '';
  // Ticks a day or more apart fall on midnights: the date says it all.
  return step >= DAY_MS ? text.slice(0, 10) : text;
}

/** Axes with their labels, grid lines and the deployments' dashed lines, drawn under the marks. */
export function DurationAxes({ scales, margin, markers, timeZone }: DurationAxesProps) {
  const { width, height } = scales;
  return (
    <svg className={styles.axes} aria-hidden>
      <g transform={`translate(${margin.left}, ${margin.top})`}>
        {scales.durationTicks.map((value) => (
          <g key={value} transform={`translate(0, ${scales.y(value)})`}>
            <line className={styles.grid} x2={width} />
            <text x={-6} dy="0.32em" textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        <text transform={`translate(${14 - margin.left}, ${height / 2}) rotate(-90)`} textAnchor="middle">
          Duration ({scales.unit})
        </text>
        <line className={styles.axisLine} y2={height} />
        <line className={styles.axisLine} y1={height} y2={height} x2={width} />
        {scales.timeTicks.map((time) => {
          const label = timeLabel(time, scales.timeTicks, timeZone);
          const x = scales.x(time);
          return (
            <g key={time}>
              <line className={styles.axisLine} x1={x} x2={x} y1={height} y2={height + 5} />
              <text x={inside(x, label, width, margin.left, margin.right)} y={height + 18} textAnchor="middle">
                {label}
              </text>
            </g>
          );
        })}
        {markers.map((marker) => {
          const x = scales.x(marker.at);
          const label = shortVersion(marker.jobVersion);
          return (
            <g key={`${marker.at}-${marker.jobVersion}-${marker.vdkVersion}`}>
              <line className={styles.deployment} x1={x} x2={x} y2={height} />
              <text
                className={styles.deploymentLabel}
                x={inside(x, label, width, margin.left, margin.right)}
                y={-6}
                textAnchor="middle"
              >
                {label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
