import type { QueryClient } from '@tanstack/react-query';
import { markFirstContent } from '@/lib/after-first-content';

const FIRST_ACTS = ['pointerdown', 'keydown'] as const;

/**
 * Tells `markFirstContent` when the landing page's first content is up: the first time a query has answered (or
 * failed) and no other is still fetching, its data renders in the same turn; or sooner, at the user's first press or
 * key. Returns what stops watching.
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
