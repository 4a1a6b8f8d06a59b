/**
 * Code a page can do without at first (menus, the button ripple) loads after the page's first content, never before
 * it: loaded while the page still waits for its data, it competes with the first rows for the network and the CPU,
 * and what a first visit costs then depends on timing. `watchFirstContent` marks the first content when the first
 * data is on screen or at the user's first press or key, whichever comes first; the waiting tasks then run when the
 * browser is idle after painting that frame.
 */
import type { QueryClient } from '@tanstack/react-query';

type Task = () => void;

let waiting: Set<Task> | undefined = new Set();

/** Runs `task` once the first content is shown (at once, when idle, if it already is). Queued once per function. */
export function afterFirstContent(task: Task): void {
  if (waiting) waiting.add(task);
  else whenIdle(task);
}

/** The first content is on screen (or the user acted first): let the waiting tasks run. Later calls do nothing. */
export function markFirstContent(): void {
  const tasks = waiting;
  if (!tasks) return;
  waiting = undefined;
  // After the frame that paints the content, so nothing started here is counted against it.
  requestAnimationFrame(() => setTimeout(() => tasks.forEach(whenIdle)));
}

function whenIdle(task: Task): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 3_000 });
  else window.setTimeout(task, 1);
}

const FIRST_ACTS = ['pointerdown', 'keydown'] as const;

/**
 * Marks the first content: the first time a query has answered (or failed) and no other is still fetching, its data
 * renders in the same turn; or sooner, at the user's first press or key. Returns what stops watching.
 */
export function watchFirstContent(queryClient: QueryClient): () => void {
  const stop = () => {
    unsubscribe();
    for (const type of FIRST_ACTS) window.removeEventListener(type, done, true);
  };
  const done = () => {
    stop();
    markFirstContent();
  };
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    const settled = event.type === 'updated' && (event.action.type === 'success' || event.action.type === 'error');
    if (settled && queryClient.isFetching() === 0) done();
  });
  for (const type of FIRST_ACTS) window.addEventListener(type, done, true);
  return stop;
}
