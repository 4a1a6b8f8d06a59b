import type { Browser } from '@playwright/test';
import {
  lastInput,
  longTasks,
  openMeasuredPage,
  pageNow,
  timeUntilPainted,
  watchPainted,
  withTimeout,
  type BenchWindow,
} from './browser';
import { EXECUTION_LINK } from './scenarios';
import { longestTaskCause, longestTaskWithin, percentile } from './stats';

/** The duration-over-time scatter chart (zooms by brushing): the figure's SVG with axis text, not a legend marker. */
const DURATION_CHART = 'figure[aria-labelledby="duration-chart-caption"] svg:has(text)';

export interface ChartZoom {
  /** Intervals between frames from the press on the chart until the filtered rows are painted. */
  frameP95Ms: number;
  frameMaxMs: number;
  longestTaskMs: number;
  longestTaskCause: string;
  /** Pointer released → the first row of the selected time range painted. */
  rowsMs: number;
}

/**
 * Figure 4, zooming: on the history of 10,000 executions, drag across the middle third of the duration chart the
 * way a user selects a time range (about half a second, a move per frame), then wait for the table to show it.
 */
export async function chartZoom(browser: Browser, url: string): Promise<ChartZoom> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await timeUntilPainted(page, EXECUTION_LINK);
    const chart = page.locator(DURATION_CHART);
    await chart.waitFor();
    await page.waitForLoadState('networkidle');
    const box = await chart.boundingBox();
    if (!box) throw new Error('the duration chart has no box');
    const before = (await page.locator(EXECUTION_LINK).first().textContent()) ?? '';
    const [fromX, toX, y] = [box.x + box.width * 0.35, box.x + box.width * 0.65, box.y + box.height * 0.45];

    const rows = watchPainted(page, EXECUTION_LINK, { changedFrom: before });
    const start = await pageNow(page);
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
    await page.mouse.move(fromX, y);
    await page.mouse.down();
    const steps = 30;
    for (let step = 1; step <= steps; step += 1) {
      await page.mouse.move(fromX + ((toX - fromX) * step) / steps, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const painted = await withTimeout(rows, 30_000, 'the rows of the selected range');
    const frames = await page.evaluate(() => (window as unknown as BenchWindow).__bench.stopFrames());
    const tasks = await longTasks(page);
    return {
      frameP95Ms: percentile(frames, 95),
      frameMaxMs: Math.max(...frames),
      longestTaskMs: longestTaskWithin(tasks, start, painted.at),
      longestTaskCause: longestTaskCause(tasks, start, painted.at),
      rowsMs: painted.at - (await lastInput(page, 'pointerup')),
    };
  } finally {
    await measured.close();
  }
}
