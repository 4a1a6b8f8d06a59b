/**
 * Code a page can do without at first (menus, the button ripple) loads after the page's first content, never before
 * it: loaded while the page still waits for its data, it competes with the first rows for the network and the CPU,
 * and what a first visit costs then depends on timing. `watchFirstContent` marks the first content when the first
 * data is on screen or at the user's first press or key, whichever comes first; the waiting tasks then run when the
 * browser is idle after painting that frame, and no page holds them back (`holdFirstContent`).
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

/** Tasks that came due while a page held its first content back, and how many holds there are. */
const held = new Set<Task>();
let holds = 0;

/**
 * Holds the waiting tasks back while a page's first content is still being worked out after its first answers (the
 * failures' causes): loading a menu's code then is a long task in the middle of that work. Returns the release; the
 * tasks run (when idle) once every hold is released.
 */
export function holdFirstContent(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds > 0) return;
    const due = [...held];
    held.clear();
    due.forEach(whenIdle);
  };
}

// Holds are checked when the task is about to run, not when it is queued: one part of a page may release its hold
// in the same render as another part takes one.
function whenIdle(task: Task): void {
  const run = () => {
    if (holds > 0) held.add(task);
    else task();
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 3_000 });
  else window.setTimeout(run, 1);
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
