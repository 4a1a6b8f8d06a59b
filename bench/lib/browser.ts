import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { installProbe } from './page-probe';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
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
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId) ?? 'other';
    totals[kind] += event.encodedDataLength;
  });
  return {
    page,
    cdp,
    bytes: () => ({ ...totals }),
    apiRequests: () => [...api],
    close: () => context.close(),
  };
}

export const probeValue = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Time from navigation start until `selector` is painted. */
export async function timeUntilPainted(page: Page, selector: string, timeoutMs = 60_000): Promise<number> {
  const result = await Promise.race([
    page.evaluate((s) => (window as unknown as BenchWindow).__bench.watch(s), selector),
    page.waitForTimeout(timeoutMs).then(() => undefined),
  ]);
  if (!result) throw new Error(`"${selector}" did not appear within ${timeoutMs / 1000} s`);
  return result.at;
}

export interface BenchWindow {
  __bench: {
    lcp: number;
    longTasks: { start: number; duration: number }[];
    watch(selector: string, changedFrom?: string): Promise<{ at: number; text: string }>;
    frames(durationMs: number): Promise<number[]>;
  };
}
