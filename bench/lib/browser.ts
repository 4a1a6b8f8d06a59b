import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { installProbe } from './page-probe';
import type { LongTask } from './stats';
import { causeOf, type LongFrame } from './task-causes';

/**
 * Playwright drives the page through the inspector, and with the inspector on, V8 records the line and column of every
 * frame each time an Error is constructed. V8 compiles without source positions and rebuilds them by parsing a
 * function again when asked, so the five errors React DOM constructs as it loads had the entry chunk and React DOM
 * parsed again on the main thread: 150–640 ms of the entry's evaluation at 4× throttling, which a user's browser never
 * spends (without DevTools, a `--trace-startup` trace shows the entry's whole evaluation taking 5 ms unthrottled).
 * With positions kept as V8 compiles (the entry's off the main thread), the benchmark measures the page, not its own
 * instrument.
 */
const WITHOUT_INSPECTOR_REPARSING = '--js-flags=--no-enable-lazy-source-positions';

export function launchBrowser(): Promise<Browser> {
  const { args = [], ...options } = chromiumLaunchOptions;
  return chromium.launch({ ...options, args: [...args, WITHOUT_INSPECTOR_REPARSING] });
}

export type ResourceKind = 'js' | 'css' | 'data' | 'html' | 'other';

export interface MeasuredPage {
  page: Page;
  cdp: CDPSession;
  /** Bytes on the wire (compressed, as transferred) per kind since the page opened. */
  bytes(): Record<ResourceKind, number>;
  /** Requests to the Control Service API since the page opened. */
  apiRequests(): string[];
  close(): Promise<void>;
}

const KIND_BY_TYPE: Record<string, ResourceKind> = {
  Script: 'js',
  Stylesheet: 'css',
  Fetch: 'data',
  XHR: 'data',
  Document: 'html',
};

/** A fresh context per run: cold cache (disabled through CDP), fixed viewport, 4× CPU throttling. */
export async function openMeasuredPage(browser: Browser, cpuThrottle = 4): Promise<MeasuredPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // tsx compiles with keepNames, which wraps functions in `__name(...)`; functions sent to the page need it too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const kinds = new Map<string, ResourceKind>();
  const totals: Record<ResourceKind, number> = { js: 0, css: 0, data: 0, html: 0, other: 0 };
  const api: string[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    kinds.set(event.requestId, KIND_BY_TYPE[event.type ?? ''] ?? 'other');
    if (event.request.url.includes('/data-jobs/')) api.push(event.request.url);
  });
  // Bodies only, as the budget test counts them (scripts/bundle-budget.ts): the headers a host adds are not the app's.
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => headerBytes.set(event.requestId, event.response.encodedDataLength));
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId) ?? 'other';
    totals[kind] += event.encodedDataLength - (headerBytes.get(event.requestId) ?? 0);
  });
  return {
    page,
    cdp,
    bytes: () => ({ ...totals }),
    apiRequests: () => [...api],
    close: () => context.close(),
  };
}

export const probeValue = <T>(page: Page, expression: string) => page.evaluate<T>(expression);

/** Time from navigation start until `selector` is painted. */
export async function timeUntilPainted(page: Page, selector: string, timeoutMs = 60_000): Promise<number> {
  return (await withTimeout(watchPainted(page, selector), timeoutMs, `"${selector}" to appear`)).at;
}

/** Resolves at the frame after the condition holds, with that frame's time (ms since navigation start). */
type Painted = Promise<{ at: number; text: string }>;

export interface BenchWindow {
  /** When the scenario's button was pressed (`event.timeStamp`, set by the scenario's own listener). */
  __benchPressedAt?: number;
  __bench: {
    lcp: number;
    longTasks: LongTask[];
    longFrames: LongFrame[];
    inputs: { type: string; at: number }[];
    /** `selector` is in the page (and its text is no longer `changedFrom`). */
    watch(selector: string, changedFrom?: string): Painted;
    /** The text of the first `selector` matches the regular expression `pattern`. */
    watchText(selector: string, pattern: string, flags: string): Painted;
    /** Intervals between animation frames over `durationMs`. */
    frames(durationMs: number): Promise<number[]>;
    startFrames(): void;
    stopFrames(): number[];
  };
}

/** Starts waiting in the page now (before the action that should cause it); await the result after the action. */
export function watchPainted(page: Page, selector: string, options: { changedFrom?: string; text?: RegExp } = {}) {
  const { changedFrom, text } = options;
  return page.evaluate(
    ([s, from, pattern, flags]) => {
      const bench = (window as unknown as BenchWindow).__bench;
      return pattern === undefined ? bench.watch(s, from) : bench.watchText(s, pattern, flags ?? '');
    },
    [selector, changedFrom, text?.source, text?.flags] as const,
  );
}

/** The page's long tasks so far, each with what ran in it. */
export async function longTasks(page: Page): Promise<LongTask[]> {
  const { tasks, frames } = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    return { tasks: bench.longTasks, frames: bench.longFrames };
  });
  return tasks.map((task) => ({ ...task, cause: causeOf(task, frames) }));
}

/** When the user last pressed a key (`keydown`) or released the pointer (`pointerup`), in page time. */
export async function lastInput(page: Page, type: 'keydown' | 'pointerup'): Promise<number> {
  const inputs = await page.evaluate(() => (window as unknown as BenchWindow).__bench.inputs);
  const last = inputs.filter((input) => input.type === type).at(-1);
  if (!last) throw new Error(`no ${type} was seen by the page`);
  return last.at;
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms / 1000} s for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
