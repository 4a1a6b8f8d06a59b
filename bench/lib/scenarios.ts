import type { Browser } from '@playwright/test';
import {
  longTasks,
  openMeasuredPage,
  probeValue,
  timeUntilPainted,
  watchPainted,
  type BenchWindow,
  type ResourceKind,
} from './browser';
import { longestTaskCause, longestTaskWithin, percentile } from './stats';

/** A job row is painted when its name link is: skeleton rows have no link. */
export const JOB_ROW = 'table tbody tr a[href*="/jobs/"]';
const EXECUTION_ROW = 'table tbody tr a[href*="/executions/"], table tbody tr td';
/** An execution row with its data (not an empty-state cell). */
export const EXECUTION_LINK = 'table tbody tr a[href*="/executions/"]';

export interface ColdLoad {
  firstRowMs: number;
  lcpMs: number;
  bytes: Record<ResourceKind, number>;
  longestTaskMs: number;
  longestTaskCause: string;
  /** Tasks of 50 ms or more until the first content is painted and settled. */
  longTasks: number;
}

/** Figures 1 and 2: a cold, throttled load of a list until its first row is painted. */
export async function coldLoad(browser: Browser, url: string, rowSelector = JOB_ROW): Promise<ColdLoad> {
  const measured = await openMeasuredPage(browser);
  try {
    await measured.page.goto(url, { waitUntil: 'commit' });
    const firstRowMs = await timeUntilPainted(measured.page, rowSelector);
    const bytes = measured.bytes();
    // LCP is final once the user could interact; give the observer a frame to report it.
    await measured.page.waitForTimeout(300);
    const lcpMs = await probeValue<number>(measured.page, 'window.__bench.lcp');
    const tasks = await longTasks(measured.page);
    return {
      firstRowMs,
      lcpMs,
      bytes,
      longestTaskMs: longestTaskWithin(tasks, 0, Infinity),
      longestTaskCause: longestTaskCause(tasks, 0, Infinity),
      longTasks: tasks.length,
    };
  } finally {
    await measured.close();
  }
}

export interface PageChange {
  /** The next page's response has arrived → its first row is painted (what the page does with the data). */
  afterResponseMs: number;
  /** The button is pressed → the first row of the next page is painted (what the user waits for). */
  afterPressMs: number;
}

/**
 * Figure 3: next page → new rows painted, counted from the moment the response arrived and from the press. The
 * dashboard asks for the page when the pointer reaches the button, so the response may come before the press.
 */
export async function pageChange(browser: Browser, url: string): Promise<PageChange> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url);
    await timeUntilPainted(page, JOB_ROW);
    const before = await page.locator(JOB_ROW).first().textContent();
    const next = page.getByRole('button', { name: /next page/i });
    await next.evaluate((button) => {
      const bench = window as unknown as BenchWindow;
      button.addEventListener('pointerdown', (event) => (bench.__benchPressedAt = event.timeStamp), { once: true });
    });
    // Page 2's answer, not a live refresh of page 1 (the large seed has runs in progress).
    const isPageTwo = (url: string) => url.includes('/jobs?') && decodeURIComponent(url).includes('"pageNumber":2');
    const response = page.waitForResponse((r) => isPageTwo(r.url()));
    const painted = watchPainted(page, JOB_ROW, { changedFrom: before ?? '' });
    await next.click();
    await response;
    const { at } = await painted;
    const { responseEnd, pressedAt } = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const last = entries
        .filter((e) => e.name.includes('/jobs?') && decodeURIComponent(e.name).includes('"pageNumber":2'))
        .pop();
      return {
        responseEnd: last?.responseEnd ?? NaN,
        pressedAt: (window as unknown as BenchWindow).__benchPressedAt ?? NaN,
      };
    });
    return { afterResponseMs: at - Math.max(responseEnd, pressedAt), afterPressMs: at - pressedAt };
  } finally {
    await measured.close();
  }
}

export interface Revisit {
  /** API requests issued on the way back to the list and on opening the job again. */
  refetched: string[];
}

/** Figure 6: list → job → back → job within the stale time should not ask the service again. */
export async function revisit(browser: Browser, url: string): Promise<Revisit> {
  const measured = await openMeasuredPage(browser, 1);
  const { page } = measured;
  try {
    await page.goto(url);
    await timeUntilPainted(page, JOB_ROW);
    const link = page.locator(JOB_ROW).first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { name }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const afterFirstVisit = measured.apiRequests().length;
    await page.goBack();
    await page.locator(JOB_ROW).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator(JOB_ROW).filter({ hasText: name }).first().click();
    await page.getByRole('heading', { name }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const refetched = measured.apiRequests().slice(afterFirstVisit);
    return {
      refetched: refetched.map((url) => decodeURIComponent(new URL(url).pathname + new URL(url).search).slice(0, 160)),
    };
  } finally {
    await measured.close();
  }
}

export interface History {
  firstRowsMs: number;
  longestTaskMs: number;
  longestTaskCause: string;
  scrollFrameP95Ms: number;
}

/** Figure 4: a job with 10,000 executions: first rows, longest task, frame times while scrolling. */
export async function executionHistory(browser: Browser, url: string): Promise<History> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const firstRowsMs = await timeUntilPainted(page, EXECUTION_ROW);
    await page.waitForLoadState('networkidle');
    const framesPromise = page.evaluate(() => (window as unknown as BenchWindow).__bench.frames(2_000));
    await page.mouse.move(700, 600);
    for (let i = 0; i < 20; i += 1) {
      await page.mouse.wheel(0, i < 10 ? 400 : -400);
      await page.waitForTimeout(80);
    }
    const frames = await framesPromise;
    const tasks = await longTasks(page);
    return {
      firstRowsMs,
      longestTaskMs: longestTaskWithin(tasks, 0, Infinity),
      longestTaskCause: longestTaskCause(tasks, 0, Infinity),
      scrollFrameP95Ms: percentile(frames, 95),
    };
  } finally {
    await measured.close();
  }
}
