import { useEffect, useState } from 'react';
import type { ExecutionChartRun } from '@/api/types';
import { chartModel, type ChartModel } from '../model/chart-model';

/**
 * The duration chart's model of `runs`, computed in slices between which the page stays responsive (`chartModel`).
 * While newer runs are being read the last model stays (the chart does not blink on a poll or a zoom); undefined
 * until the first is ready or without runs.
 */
export function useChartModel(runs: readonly ExecutionChartRun[] | undefined): ChartModel | undefined {
  const [model, setModel] = useState<ChartModel>();
  useEffect(() => {
    if (!runs) return;
    const abort = new AbortController();
    void chartModel(runs, abort.signal).then((next) => next && setModel(next));
    return () => abort.abort();
  }, [runs]);
  return model;
}
