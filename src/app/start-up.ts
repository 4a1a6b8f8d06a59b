/**
 * What the first render would otherwise do itself, done beforehand: the first render is one long task the page
 * cannot paint or answer during (at 4× CPU throttling, 270–650 ms before this).
 */
import { browserTimeZone } from '@/lib/time';
import { callWorker } from '@/lib/worker-call';

/**
 * Loads the browser's locale and zone data (the page's first Intl call) in a worker, while config.json is on its way:
 * on the main thread that call was one task of 80–360 ms at 4× throttling, in the worker it costs the page nothing,
 * and the page's own call after it takes a few milliseconds. Where no worker starts, the page makes the call itself.
 */
export async function prepareFirstRender(): Promise<void> {
  await callWorker(
    () => new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { type: 'module' }),
    undefined,
    browserTimeZone,
  );
  browserTimeZone();
}
