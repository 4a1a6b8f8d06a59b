import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { firstErrorLine, type IndexedLog } from '@/lib/log-index';
import { linesAtLevels, LOG_LEVELS, type LogLevel, positionOfLine } from '@/lib/log-levels';
import { EmptyState } from '@/components/feedback/empty-state';
import { classNames } from '@/components/ui/class-names';
import { LogLineRow } from './log-line-row';
import { LogToolbar } from './log-toolbar';
import { useLogRows } from './use-log-rows';
import { useLogSearch } from '../../hooks/use-log-search';
import styles from './log-viewer.module.css';

export interface LogViewerProps {
  /** The log so far: it grows while it downloads (and while the run is live). */
  log: IndexedLog;
  /** Base name of the downloaded file (".log" is added). */
  fileName: string;
  /** The execution is still running: the log grows and the view follows its end. */
  isLive: boolean;
  /** Shown instead of the lines when there are none. */
  emptyState: ReactNode;
  /** A line to show first (1-based), e.g. from a shared `#L<n>` link. */
  linkedLine?: number;
  /** Called when the user takes a link to a line (its number was clicked). */
  onLinkLine?: (lineNumber: number) => void;
}

const LINE_HEIGHT = 20;
/** Within this many pixels of the bottom counts as "at the end" (following). */
const END_SLACK = LINE_HEIGHT * 2;

const ALL_LEVELS: ReadonlySet<LogLevel> = new Set(LOG_LEVELS);

/**
 * A log of any length (100k lines stay smooth: only the visible rows exist in the DOM), with
 * search, a filter by level with the lines per level, line numbers, wrap, jump to the first error,
 * download, and — while the run is live — following the end until the user scrolls up.
 */
export function LogViewer({ log, fileName, isLive, emptyState, linkedLine, onLinkLine }: LogViewerProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { lines, levels: levelIndex } = log;
  const [shownLevels, setShownLevels] = useState(ALL_LEVELS);
  /** The numbers of the lines at the shown levels; undefined while every line is shown. */
  const shown = useMemo(() => linesAtLevels(levelIndex, shownLevels), [levelIndex, shownLevels]);
  const rowCount = shown ? shown.length : lines.length;
  const lineAt = (row: number) => (shown ? shown[row]! : row);
  const rowOf = useCallback((line: number) => (shown ? positionOfLine(shown, line) : line), [shown]);
  /** What the search box asks for (set in a transition by the box, which keeps the text typed). */
  const [query, setQuery] = useState('');
  const search = useLogSearch(lines, shown, shownLevels, query);
  const [isWrapped, setIsWrapped] = useState(false);
  const [isFollowing, setIsFollowing] = useState(isLive && linkedLine === undefined);
  const [isScrolledSideways, setIsScrolledSideways] = useState(false);
  const [focusedLine, setFocusedLine] = useState<number | undefined>(
    linkedLine === undefined ? undefined : linkedLine - 1,
  );
  const firstError = useMemo(() => firstErrorLine(log, shownLevels), [log, shownLevels]);
  // The line numbers' width, set once for every row (log-viewer.module.css).
  const rowsStyle: CSSProperties & { '--log-gutter-width': string } = {
    '--log-gutter-width': `${String(lines.length).length + 2}ch`,
  };

  // Ten rows beyond each edge (a few turns of a mouse wheel): every row rendered is work in each frame that shows rows.
  const rows = useLogRows(scrollRef, { count: rowCount, rowHeight: LINE_HEIGHT, isWrapped, overscan: 10 });
  const { scrollToRow } = rows;

  useEffect(() => {
    if (isLive && isFollowing && rowCount > 0) scrollToRow(rowCount - 1, 'end');
  }, [isLive, isFollowing, rowCount, scrollToRow]);

  // A linked line is shown once it exists (a running log may not have reached it on the first load).
  const shownLink = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (linkedLine === undefined || shownLink.current === linkedLine || linkedLine > lines.length) return;
    shownLink.current = linkedLine;
    scrollToRow(rowOf(linkedLine - 1), 'center');
  }, [linkedLine, lines.length, rowOf, scrollToRow]);

  const handleLinkLine = useCallback(
    (lineNumber: number) => {
      setFocusedLine(lineNumber - 1);
      setIsFollowing(false);
      shownLink.current = lineNumber;
      onLinkLine?.(lineNumber);
    },
    [onLinkLine],
  );

  const { current } = search;
  useEffect(() => {
    if (!current) return;
    // Showing the match leaves the end: following would scroll away from it at the next lines.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setIsFollowing(false);
    scrollToRow(rowOf(current.line), 'center');
  }, [current, rowOf, scrollToRow]);

  const handleScroll = () => {
    rows.onScroll();
    const element = scrollRef.current;
    if (!element) return;
    const sideways = element.scrollLeft > 0;
    if (sideways !== isScrolledSideways) setIsScrolledSideways(sideways);
    if (!isLive) return;
    const atEnd = element.scrollHeight - element.scrollTop - element.clientHeight <= END_SLACK;
    if (atEnd !== isFollowing) setIsFollowing(atEnd);
  };

  // Home and End go to the first and last line by row arithmetic, not the browser's keyboard scrolling: in a scroll area
  // whose rows come and go as it scrolls, Chrome now and then scrolled nothing at End (1 in 10 times under load).
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (event.key === 'Home') scrollToRow(0, 'start');
    else scrollToRow(rowCount - 1, 'end');
  };

  // Callbacks kept while their inputs are: the toolbar's controls other than the search do not render at each key.
  const handleJumpToError = useCallback(() => {
    if (firstError < 0) return;
    setIsFollowing(false);
    setFocusedLine(firstError);
    scrollToRow(rowOf(firstError), 'start');
  }, [firstError, rowOf, scrollToRow]);

  const handleFollowChange = useCallback(
    (follow: boolean) => {
      setIsFollowing(follow);
      if (follow && rowCount > 0) scrollToRow(rowCount - 1, 'end');
    },
    [rowCount, scrollToRow],
  );

  const handleDownload = useCallback(() => {
    const url = URL.createObjectURL(new Blob([lines.join('\n'), '\n'], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.log`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [lines, fileName]);

  return (
    <div>
      <LogToolbar
        search={search}
        onQueryChange={setQuery}
        lineCount={lines.length}
        shownCount={rowCount}
        levelCounts={levelIndex.counts}
        shownLevels={shownLevels}
        onShownLevelsChange={setShownLevels}
        firstError={firstError}
        onJumpToError={handleJumpToError}
        isWrapped={isWrapped}
        onWrapChange={setIsWrapped}
        isFollowing={isLive ? isFollowing : undefined}
        onFollowChange={handleFollowChange}
        onDownload={handleDownload}
      />
      {lines.length === 0 ? (
        emptyState
      ) : rowCount === 0 ? (
        <EmptyState
          headingLevel="h3"
          title="No lines at the chosen levels"
          description="Choose more levels above to see their lines."
        />
      ) : (
        // A focusable scroll area (below) answers the keys that scroll it: Home and End, made reliable.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          ref={scrollRef}
          onScroll={handleScroll}
          onKeyDown={handleKeyDown}
          role="region"
          aria-label="Log lines"
          // Focusable so that the keyboard scrolls it (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          className={classNames(styles.area, isScrolledSideways && styles.sideways)}
          // Every row one line high: the row arithmetic (use-log-rows.ts) holds only at this height.
          style={{ lineHeight: `${LINE_HEIGHT}px` }}
        >
          {/* The height in style: it changes as the log grows. */}
          <div
            className={classNames(styles.rows, isWrapped && styles.wrapped)}
            style={{ ...rowsStyle, height: rows.totalHeight }}
          >
            {/* The rows one after another from the first one's place, or each at its own (measured rows). */}
            <div
              className={styles.stack}
              style={rows.stackTop ? { transform: `translateY(${rows.stackTop}px)` } : undefined}
            >
              {rows.rows.map((item) => {
                const line = lineAt(item.index);
                return (
                  <LogLineRow
                    key={item.index}
                    index={line}
                    text={lines.at(line) ?? ''}
                    row={item.index}
                    top={rows.stackTop === undefined ? item.start : undefined}
                    measureRef={rows.measureRow}
                    // Matches are highlighted in the rows in view only: a short query has many in each row, and each
                    // is an element to style and lay out. A row scrolled into view renders again with its highlights.
                    query={rows.isInView(item.index) ? search.activeQuery : ''}
                    currentMatch={current?.line === line ? current : undefined}
                    isFocused={focusedLine === line}
                    onLinkLine={onLinkLine ? handleLinkLine : undefined}
                  />
                );
              })}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

// Memoized: the page renders again for each piece of a streaming log, the viewer only when the log it shows changed.
export default memo(LogViewer);
