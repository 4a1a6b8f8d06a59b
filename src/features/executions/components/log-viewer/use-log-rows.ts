import { useVirtualizer } from '@tanstack/react-virtual';
import { startTransition, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export type RowAlign = 'start' | 'center' | 'end';

export interface LogRows {
  /** The rows to render (the visible ones and a few around them), each with its offset from the top. */
  rows: { index: number; start: number }[];
  /**
   * Where the rows rendered start when they are laid out one after another (each one line high); undefined where each
   * row is placed on its own (measured rows, at their `start`).
   */
  stackTop: number | undefined;
  totalHeight: number;
  /** Whether a row is in the scroll area's view, not one of those rendered beyond its edges. */
  isInView(row: number): boolean;
  scrollToRow(row: number, align: RowAlign): void;
  /** Set as each row's ref where rows are measured (wrapped lines); undefined where every row is one line high. */
  measureRow: ((element: HTMLElement | null) => void) | undefined;
  /** Call from the scroll area's scroll handler. */
  onScroll(): void;
}

interface LogRowsOptions {
  count: number;
  rowHeight: number;
  /** Lines may wrap: rows are measured. */
  isWrapped: boolean;
  /** Rows rendered beyond each edge of the scroll area. */
  overscan: number;
}

/**
 * The log's rows in its scroll area, only those on screen rendered. An unwrapped line is one row high, so where a row
 * is and which rows show is arithmetic: growing the log or jumping to a line costs the same at 100,000 lines as at 10.
 * A virtualiser that measures rows (@tanstack/react-virtual) builds a list of every row's position each time the log
 * grows (about 90 ms for 100,000 lines at 4× CPU throttling) and reads the layout to scroll: it is used only while
 * lines wrap, when rows differ in height.
 */
export function useLogRows(scrollRef: RefObject<HTMLElement | null>, options: LogRowsOptions): LogRows {
  const { count, rowHeight, isWrapped, overscan } = options;
  // The app does not use the React Compiler; the virtualizer's functions are used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const measured = useVirtualizer({
    count: isWrapped ? count : 0,
    // Off while lines do not wrap: it would still measure the scroll area, which makes the browser lay out the page.
    enabled: isWrapped,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const scrollToMeasuredRow = useCallback(
    (row: number, align: RowAlign) => measured.scrollToIndex(row, { align }),
    [measured],
  );
  const fixed = useFixedRows(scrollRef, { count: isWrapped ? 0 : count, rowHeight, overscan });
  if (!isWrapped) return fixed;
  return {
    rows: measured.getVirtualItems(),
    stackTop: undefined,
    totalHeight: measured.getTotalSize(),
    // Rows differ in height: every row rendered counts as in view.
    isInView: () => true,
    scrollToRow: scrollToMeasuredRow,
    measureRow: measured.measureElement,
    onScroll: () => undefined,
  };
}

/**
 * Until the scroll area is measured: its height as its style gives it (`min(65vh, 48rem)`, at least 280px; see
 * log-viewer.module.css), so the first render fills it without rendering rows below it.
 */
const firstViewportPx = () => Math.max(280, Math.min(window.innerHeight * 0.65, 768));

function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  { count, rowHeight, overscan }: Omit<LogRowsOptions, 'isWrapped'>,
): LogRows {
  /**
   * The rows shown are those around `top`; `scrollTo` is where the area goes once they are in the page (a jump).
   * Until the area is measured, only the rows in it are rendered (`isMeasured`): the frame that shows the log's first
   * lines lays out and paints them and the page, and the rows beyond its edges follow in a task of their own.
   */
  const [view, setView] = useState<{ top: number; height: number; scrollTo?: number; isMeasured?: boolean }>(() => ({
    top: 0,
    height: firstViewportPx(),
  }));
  /** The scroll area's height as last seen: read from it, it would make the browser lay out the page at once. */
  const height = useRef(view.height);
  const hasRows = count > 0;

  const show = useCallback(
    (top: number, areaHeight = height.current) => {
      height.current = areaHeight;
      // Only a change of the first row shown (or of the height) renders again, not every pixel scrolled.
      setView((before) =>
        Math.floor(before.top / rowHeight) === Math.floor(top / rowHeight) &&
        before.height === areaHeight &&
        before.isMeasured
          ? before
          : { top, height: areaHeight, isMeasured: true },
      );
    },
    [rowHeight],
  );

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    // Told after the browser lays the page out anyway (where there is no observer, read: a test's page).
    if (typeof ResizeObserver === 'undefined') return show(element.scrollTop, element.clientHeight);
    // In a transition: the rows it adds beyond the edges render after the frame that showed the first ones.
    const observer = new ResizeObserver(
      ([entry]) => entry && startTransition(() => show(element.scrollTop, entry.contentRect.height)),
    );
    observer.observe(element);
    return () => observer.disconnect();
    // Again when the area appears (it exists while there are rows to show).
  }, [scrollRef, show, hasRows]);

  const firstInView = Math.floor(view.top / rowHeight);
  const endOfView = Math.ceil((view.top + view.height) / rowHeight);
  const beyond = view.isMeasured ? overscan : 0;
  const first = Math.max(0, firstInView - beyond);
  const last = Math.min(count, endOfView + beyond);
  const rows: LogRows['rows'] = [];
  for (let index = first; index < last; index += 1) rows.push({ index, start: index * rowHeight });

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (element) show(element.scrollTop);
  }, [scrollRef, show]);

  const scrollToRow = useCallback(
    (row: number, align: RowAlign) => {
      const rowTop = row * rowHeight;
      const areaHeight = height.current;
      const top = Math.max(
        0,
        align === 'start'
          ? rowTop
          : align === 'end'
            ? rowTop + rowHeight - areaHeight
            : rowTop - (areaHeight - rowHeight) / 2,
      );
      // The rows there render in a transition, in slices that give the page back (a jump replaces every row shown);
      // the area scrolls once they are in the page (below). Near the end the browser stops at the last row: the rows
      // rendered around `top` reach it.
      startTransition(() => setView((before) => ({ ...before, top, height: height.current, scrollTo: top })));
    },
    [rowHeight],
  );

  useLayoutEffect(() => {
    const element = scrollRef.current;
    const { scrollTo } = view;
    if (!element || scrollTo === undefined) return;
    // In the next frame, where the browser lays the page out once (scrolling now would make it lay out what is on
    // screen, then again at the new place).
    requestAnimationFrame(() => {
      element.scrollTop = scrollTo;
    });
  }, [scrollRef, view]);

  const isInView = (row: number) => row >= firstInView && row < endOfView;
  return {
    rows,
    stackTop: first * rowHeight,
    totalHeight: count * rowHeight,
    isInView,
    scrollToRow,
    measureRow: undefined,
    onScroll,
  };
}
