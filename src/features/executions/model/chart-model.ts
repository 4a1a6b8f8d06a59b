import type { ExecutionChartRun } from '@/api/types';
import { nextTask } from '@/lib/next-task';
import { deployedRuns, deploymentMarkers, type DeployedRun, type DeploymentMarker } from './deployment-markers';
import { DENSE_MARKS, paintOrder, type StatusPoint } from './dense-marks';
import { durationPoints, type DurationPoint } from './duration-points';
import { durationStats, type DurationStats } from './chart-summaries';

/** Everything the duration chart draws and says, derived from the runs once per answer. */
export interface ChartModel {
  /** The runs that have a status, in paint order (failures last, on top). */
  marks: StatusPoint[];
  /** More than `DENSE_MARKS` runs: marks overlap. */
  dense: boolean;
  markers: DeploymentMarker[];
  stats: DurationStats | undefined;
  /** Earliest and latest instant drawn (runs and deployments), ms; undefined when there is nothing to draw. */
  span: readonly [number, number] | undefined;
}

/**
 * The page gives the thread back after this long: the steps below over 10,000 runs take 100 ms and more at 4× CPU
 * throttling, which would stall input and frames if run in one task.
 */
const TASK_MS = 8;
/** Runs read between two looks at the clock. */
const SLICE_RUNS = 500;

/** Spans of work separated by a new task whenever the last one has run `TASK_MS`. */
function slicer() {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < TASK_MS) return;
    await nextTask();
    started = performance.now();
  };
}

/** From the runs' first and last start (`stats`) and the deployments: one loop over the runs less. */
function spanOf(stats: DurationStats | undefined, markers: readonly DeploymentMarker[]) {
  const instants = markers.map(({ at }) => at);
  if (stats) instants.push(stats.from, stats.to);
  return instants.length === 0 ? undefined : ([Math.min(...instants), Math.max(...instants)] as const);
}

/**
 * The chart's model of `runs`, computed step by step in tasks of their own (a chart of 10,000 runs took one task
 * of 200 ms before). Resolves undefined when `signal` aborts it (newer runs arrived), without finishing the work.
 */
export async function chartModel(
  runs: readonly ExecutionChartRun[],
  signal: AbortSignal,
  now = Date.now(),
): Promise<ChartModel | undefined> {
  const pause = slicer();
  const points: DurationPoint[] = [];
  const deployed: DeployedRun[] = [];
  for (let from = 0; from < runs.length; from += SLICE_RUNS) {
    const slice = runs.slice(from, from + SLICE_RUNS);
    points.push(...durationPoints(slice, now));
    deployed.push(...deployedRuns(slice));
    await pause();
    if (signal.aborted) return undefined;
  }
  const markers = deploymentMarkers(deployed);
  await pause();
  if (signal.aborted) return undefined;
  const marks = paintOrder(points);
  await pause();
  if (signal.aborted) return undefined;
  const stats = durationStats(points);
  return { marks, dense: points.length > DENSE_MARKS, markers, stats, span: spanOf(stats, markers) };
}
