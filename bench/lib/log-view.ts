import type { Browser, Page } from '@playwright/test';
import {
  lastInput,
  longTasks,
  openMeasuredPage,
  pageNow,
  timeUntilPainted,
  watchPainted,
  withTimeout,
} from './browser';
import { escapeRegExp, firstMatchSummary } from './log-facts';
import { longestTaskCause, longestTaskWithin } from './stats';

const LOG_REGION = '[role="region"][aria-label="Log lines"]';
/** The search summary next to the search box ("3 of 205"). */
const MATCH_SUMMARY = '[role="status"][aria-live="polite"]';

export interface LogSearch {
  /** Typed as a user types it, a key every 120 ms. */
  term: string;
  /** Occurrences in the log: the summary must read "1 of <matches>". */
  matches: number;
}

export interface LogView {
  /** Navigation → the first log lines painted. */
  firstLinesMs: number;
  /**
   * The log's answer starting (the app's `vdk:log-response-start` mark, taken where the log is read) → the first log
   * lines painted; NaN for a build without the mark.
   */
  firstLinesAfterResponseMs: number;
  /** Navigation → the line count reads every line of the log. */
  allLinesMs: number;
  /** Longest task from navigation until the log is shown. */
  loadLongestTaskMs: number;
  /** Longest task from the log's answer starting until every line is shown: the log's own work, not the app's start. */
  loadLongestTaskAfterResponseMs: number;
  loadLongestTaskAfterResponseCause: string;
  /** End key in the log → its last line painted; NaN when the key scrolled nothing (see `endKeyMs`). */
  endMs: number;
  /** Last key of the search term → its first match highlighted, with the match count beside the box. */
  searchMs: number;
  /** Longest task from the first key of the term until the first match is highlighted. */
  searchLongestTaskMs: number;
  searchLongestTaskCause: string;
}

/**
 * End in the focused log → its last line painted; NaN when the key scrolled nothing. Chrome's own keyboard scrolling
 * now and then scrolled nothing at End (1 or 2 of 5 runs at load 15-24), so the viewer handles Home and End itself;
 * should a key still scroll nothing, that run's End figure is dropped and its load and search figures are kept.
 */
async function endKeyMs(page: Page, lines: number): Promise<number> {
  const end = watchPainted(page, `${LOG_REGION} [data-line="${lines}"]`);
  await page.keyboard.press('End');
  try {
    return (await withTimeout(end, 10_000, `line ${lines} after End`)).at - (await lastInput(page, 'keydown'));
  } catch (error) {
    console.warn(`  log: ${(error as Error).message}; the End figure of this run is left out.`);
    return Number.NaN;
  }
}

/** Figure 5: an execution page with a long log: showing it, reaching its end, searching it. */
export async function logView(browser: Browser, url: string, lines: number, search: LogSearch): Promise<LogView> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const allLines = watchPainted(page, 'main', { text: new RegExp(`${lines.toLocaleString('en-US')} lines`) });
    const firstLinesMs = await timeUntilPainted(page, `${LOG_REGION} [data-line]`);
    const allLinesMs = (await withTimeout(allLines, 60_000, `the line count to read ${lines}`)).at;
    const loadTasks = await longTasks(page);
    const loadLongestTaskMs = longestTaskWithin(loadTasks, 0, allLinesMs);
    const responseStart = await page.evaluate(
      () => performance.getEntriesByName('vdk:log-response-start', 'mark')[0]?.startTime ?? Number.NaN,
    );

    await page.locator(LOG_REGION).focus();
    // A user's key comes after the frame that shows the focus (and the page scrolled to the log).
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    const endMs = await endKeyMs(page, lines);

    const box = page.getByRole('searchbox', { name: 'Search logs' });
    await box.click();
    // Marks of the term's first letters come and go while typing (and a prefix can have the term's count):
    // the figure waits for the whole term's mark.
    const highlight = watchPainted(page, `${LOG_REGION} mark[data-current="true"]`, {
      text: new RegExp(`^${escapeRegExp(search.term)}$`, 'i'),
    });
    const typingFrom = await pageNow(page);
    await box.pressSequentially(search.term, { delay: 120 });
    const lastKey = await lastInput(page, 'keydown');
    const highlighted = await withTimeout(highlight, 30_000, 'the first match highlighted');
    const searchTasks = await longTasks(page);
    const summary = await page.locator(MATCH_SUMMARY).textContent();
    if (!firstMatchSummary(search.matches).test(summary ?? ''))
      throw new Error(`the search summary reads "${summary}", not "1 of ${search.matches}"`);
    return {
      firstLinesMs,
      firstLinesAfterResponseMs: firstLinesMs - responseStart,
      allLinesMs,
      loadLongestTaskMs,
      loadLongestTaskAfterResponseMs: Number.isNaN(responseStart)
        ? Number.NaN
        : longestTaskWithin(loadTasks, responseStart, allLinesMs),
      loadLongestTaskAfterResponseCause: longestTaskCause(loadTasks, responseStart, allLinesMs),
      endMs,
      searchMs: highlighted.at - lastKey,
      searchLongestTaskMs: longestTaskWithin(searchTasks, typingFrom, highlighted.at),
      searchLongestTaskCause: longestTaskCause(searchTasks, typingFrom, highlighted.at),
    };
  } finally {
    await measured.close();
  }
}
