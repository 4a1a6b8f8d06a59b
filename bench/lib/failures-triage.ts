import type { Browser, Page } from '@playwright/test';
import { longTasks, openMeasuredPage, timeUntilPainted } from './browser';
import { longestTaskCause, longestTaskWithin } from './stats';

/** A cause card with its heading: the page has grouped the failures. */
const CAUSE = 'section[aria-label="Causes"] article h3';

export interface FailuresTriage {
  /** Navigation → the frame after the first cause is painted. */
  causesMs: number;
  /** Longest task from navigation until the page is idle (groups shown, the few logs read). */
  longestTaskMs: number;
  longestTaskCause: string;
  /** Tasks of 50 ms or more in that time. */
  longTasks: number;
  /**
   * The same two from the first request for failed runs on: the page's own work (reading, triage, drawing), without
   * the app's start.
   */
  triageLongestTaskMs: number;
  triageLongestTaskCause: string;
  triageLongTasks: number;
  /** Cause cards on the page once idle. */
  causes: number;
}

/** Figure 10: the failures page of a team with about 10,000 failed runs in its window, cold and throttled. */
export async function failuresTriage(browser: Browser, url: string): Promise<FailuresTriage> {
  const measured = await openMeasuredPage(browser);
  const { page } = measured;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const causesMs = await timeUntilPainted(page, CAUSE, 180_000);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const tasks = await longTasks(page);
    const triageFrom = await firstRequestFor(page, 'operation_name=ExecutionHistory', 'vdk:failure-runs-read');
    const triageTasks = tasks.filter((task) => task.start + task.duration > triageFrom);
    return {
      causesMs,
      longestTaskMs: longestTaskWithin(tasks, 0, Infinity),
      longestTaskCause: longestTaskCause(tasks, 0, Infinity),
      longTasks: tasks.length,
      triageLongestTaskMs: longestTaskWithin(triageTasks, triageFrom, Infinity),
      triageLongestTaskCause: longestTaskCause(triageTasks, triageFrom, Infinity),
      triageLongTasks: triageTasks.length,
      causes: await page.locator(CAUSE).count(),
    };
  } finally {
    await measured.close();
  }
}

/**
 * When the page first asked for a URL containing `part`, or set the mark `asked` (the app's mark where a worker sends
 * the requests, which the page's resource timing does not list), in ms since navigation start, the long tasks' clock.
 */
async function firstRequestFor(page: Page, part: string, asked: string): Promise<number> {
  const starts = await page.evaluate(
    ([wanted, mark]) => [
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(wanted))
        .map((entry) => entry.startTime),
      ...performance.getEntriesByName(mark, 'mark').map((entry) => entry.startTime),
    ],
    [part, asked] as const,
  );
  if (starts.length === 0) throw new Error(`the page never asked for ${part}`);
  return Math.min(...starts);
}

const FAILED = ['USER_ERROR', 'PLATFORM_ERROR', 'SKIPPED'];

/** Failed or skipped runs of the team that started in the last `days`: what the page reads (up to 10,000). */
export async function failuresInWindow(origin: string, team: string, days: number): Promise<number> {
  const url = new URL(`/data-jobs/for-team/${encodeURIComponent(team)}/jobs`, origin);
  url.searchParams.set(
    'query',
    'query($filter:DataJobExecutionFilter){executions(pageNumber:1,pageSize:1,filter:$filter){totalItems}}',
  );
  const startTimeGte = new Date(Date.now() - days * 86_400_000).toISOString();
  url.searchParams.set('variables', JSON.stringify({ filter: { statusIn: FAILED, teamNameIn: [team], startTimeGte } }));
  const body = (await (await fetch(url)).json()) as { data: { totalItems: number } };
  return body.data.totalItems;
}
