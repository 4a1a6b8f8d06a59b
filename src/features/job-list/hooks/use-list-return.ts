import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router';

const KEY = 'vdk-dashboard.jobs-list-return';

interface ListPosition {
  path: string;
  search: string;
  scrollY: number;
}

function readAndForget(): ListPosition | undefined {
  try {
    const raw = globalThis.sessionStorage.getItem(KEY);
    globalThis.sessionStorage.removeItem(KEY);
    const value = raw ? (JSON.parse(raw) as Partial<ListPosition>) : undefined;
    if (typeof value?.path !== 'string' || typeof value.search !== 'string' || typeof value.scrollY !== 'number') {
      return undefined;
    }
    return value as ListPosition;
  } catch {
    return undefined;
  }
}

/** How long the list may keep growing toward the saved position before the restore gives up. */
const RESTORE_WINDOW_MS = 2_000;
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls to `top`, and again each time the page grows, until it gets there: the first rows can come before the
 * rest of the page (the saved filters' rows, the pager), and a page shorter than the position cuts the scroll short.
 * Stops as soon as the user scrolls, or after RESTORE_WINDOW_MS. Returns the stop.
 */
function restoreScroll(top: number): () => void {
  window.scrollTo({ top });
  if (window.scrollY >= top) return () => {};
  const stopped = new AbortController();
  const observer = new ResizeObserver(() => {
    window.scrollTo({ top });
    if (window.scrollY >= top) stop();
  });
  const timer = setTimeout(stop, RESTORE_WINDOW_MS);
  function stop() {
    observer.disconnect();
    stopped.abort();
    clearTimeout(timer);
  }
  observer.observe(document.body);
  for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, stop, { passive: true, signal: stopped.signal });
  return stop;
}

/**
 * Coming back from a job lands where the list was. Back/forward already restore the URL (and the
 * shell's ScrollRestoration the scroll); a link back to the bare list (breadcrumb, app bar) would
 * lose the filters, page and scroll, so the list notes them when a job is opened from it and puts
 * them back once, on the next visit without a query. Kept in this tab's sessionStorage only.
 */
export function useListReturn(isReady: boolean) {
  const location = useLocation();
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  const pendingScroll = useRef<number | undefined>(undefined);

  useEffect(() => {
    const saved = readAndForget();
    if (!saved || saved.path !== location.pathname) return;
    pendingScroll.current = saved.scrollY;
    if (location.search === '' && saved.search !== '' && navigationType === 'PUSH') {
      void navigate({ search: saved.search }, { replace: true, preventScrollReset: true });
    }
    // Only the arrival counts: later URL changes are the user's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!isReady || pendingScroll.current === undefined) return;
    const top = pendingScroll.current;
    pendingScroll.current = undefined;
    return restoreScroll(top);
  }, [isReady]);

  // The callback reads the location through a ref: one that changed with every page or filter change would render
  // every memoised row again before the next page is even requested.
  const current = useRef(location);
  useEffect(() => {
    current.current = location;
  }, [location]);
  return useCallback(() => {
    const { pathname, search } = current.current;
    const position: ListPosition = { path: pathname, search, scrollY: window.scrollY };
    try {
      globalThis.sessionStorage.setItem(KEY, JSON.stringify(position));
    } catch {
      // Without storage the list simply opens at its top.
    }
  }, []);
}
