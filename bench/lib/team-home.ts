import type { Browser } from '@playwright/test';
import { longTasks, openMeasuredPage, probeValue, timeUntilPainted, watchPainted, withTimeout } from './browser';
import type { ResourceKind } from './browser';
import { longestTaskCause, longestTaskWithin, type LongTask } from './stats';

/** The team home's first content: its health counts, each a link, once the service answered them. */
export const HOME_CONTENT = 'ul[aria-label="Health counts"] a[href]';

/**
 * The whole home is shown: the counts, and no card (nor part of one: the failing jobs' table, the success chart's
 * counts) still busy or loading. The schedule check and the switched-off notifications say in words that they run.
 */
const HOME_DONE = `main:has(${HOME_CONTENT}):not(:has([aria-busy="true"], [role="progressbar"]))`;
const STILL_CHECKING = /^(?![\s\S]*(checking the last 24 hours|Checking whether))[\s\S]+/;

export interface TeamHomeLoad {
  /** Navigation → the frame after the health counts are painted. */
  countsMs: number;
  /** Navigation → the frame after every card shows its data (or its empty or error state). */
  allCardsMs: number;
  lcpMs: number;
  /** Bytes until the counts were painted (what the first content cost). */
  bytes: Record<ResourceKind, number>;
  /** Every task of 50 ms or more from navigation until the home is idle (all cards shown, the network quiet). */
  longTasks: LongTask[];
  longestTaskMs: number;
  longestTaskCause: string;
}

/** Figure 8: the team home, cold and throttled, until every card has shown what it loads and the page is idle. */
export async function teamHomeLoad(browser: Browser, url: string): Promise<TeamHomeLoad> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const allCards = watchPainted(page, HOME_DONE, { text: STILL_CHECKING });
    const countsMs = await timeUntilPainted(page, HOME_CONTENT);
    const bytes = measured.bytes();
    const allCardsMs = (await withTimeout(allCards, 120_000, 'every card of the home')).at;
    // What the page does once idle (the menus' code, loaded after the first content) belongs to the load too.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const tasks = await longTasks(page);
    return {
      countsMs,
      allCardsMs,
      lcpMs: await probeValue<number>(page, 'window.__bench.lcp'),
      bytes,
      longTasks: tasks,
      longestTaskMs: longestTaskWithin(tasks, 0, Infinity),
      longestTaskCause: longestTaskCause(tasks, 0, Infinity),
    };
  } finally {
    await measured.close();
  }
}
