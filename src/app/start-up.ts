/**
 * What the first render would otherwise do itself, done beforehand in a task of its own: the first render is one
 * long task the page cannot paint or answer during (at 4× CPU throttling, 270–650 ms before this).
 */
import { browserTimeZone } from '@/lib/time';
import { nextTask } from '@/lib/next-task';

/**
 * Reads the browser's zone (the page's first Intl call loads the locale's data) in a task of its own (not the
 * entry's), while config.json is on its way: the main thread would only wait for it.
 */
export async function prepareFirstRender(): Promise<void> {
  await nextTask();
  browserTimeZone();
  await nextTask();
}
