import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { findFirstError } from '../../model/log-lines';
import { LogLineRow } from './log-line-row';
import { LogToolbar } from './log-toolbar';
import { useLogSearch } from './use-log-search';

export interface LogViewerProps {
  lines: readonly string[];
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

/**
 * A log of any length (100k lines stay smooth: only the visible rows exist in the DOM), with
 * search, line numbers, wrap, jump to the first error, download, and — while the run is live —
 * following the end until the user scrolls up.
 */
export function LogViewer({ lines, fileName, isLive, emptyState, linkedLine, onLinkLine }: LogViewerProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const search = useLogSearch(lines);
  const [isWrapped, setIsWrapped] = useState(false);
  const [isFollowing, setIsFollowing] = useState(isLive && linkedLine === undefined);
  const [focusedLine, setFocusedLine] = useState<number | undefined>(
    linkedLine === undefined ? undefined : linkedLine - 1,
  );
  const firstError = useMemo(() => findFirstError(lines), [lines]);
  const gutterWidth = `${String(lines.length).length + 2}ch`;

  // The app does not use the React Compiler; the virtualizer's functions are used as documented.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 30,
  });

  // Re-measure when wrapping changes the height of rows.
  useEffect(() => virtualizer.measure(), [isWrapped, virtualizer]);

  useEffect(() => {
    if (isLive && isFollowing && lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
  }, [isLive, isFollowing, lines.length, virtualizer]);

  // A linked line is shown once it exists (a running log may not have reached it on the first load).
  const shownLink = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (linkedLine === undefined || shownLink.current === linkedLine || linkedLine > lines.length) return;
    shownLink.current = linkedLine;
    virtualizer.scrollToIndex(linkedLine - 1, { align: 'center' });
  }, [linkedLine, lines.length, virtualizer]);

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
    setIsFollowing(false);
    virtualizer.scrollToIndex(current.line, { align: 'center' });
  }, [current, virtualizer]);

  const handleScroll = () => {
    const element = scrollRef.current;
    if (!element || !isLive) return;
    const atEnd = element.scrollHeight - element.scrollTop - element.clientHeight <= END_SLACK;
    if (atEnd !== isFollowing) setIsFollowing(atEnd);
  };

  const handleJumpToError = () => {
    if (firstError < 0) return;
    setIsFollowing(false);
    setFocusedLine(firstError);
    virtualizer.scrollToIndex(firstError, { align: 'start' });
  };

  const handleDownload = () => {
    const url = URL.createObjectURL(new Blob([lines.join('\n'), '\n'], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.log`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Box>
      <LogToolbar
        search={search}
        lineCount={lines.length}
        firstError={firstError}
        onJumpToError={handleJumpToError}
        isWrapped={isWrapped}
        onWrapChange={setIsWrapped}
        isFollowing={isLive ? isFollowing : undefined}
        onFollowChange={(follow) => {
          setIsFollowing(follow);
          if (follow && lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
        }}
        onDownload={handleDownload}
      />
      {lines.length === 0 ? (
        emptyState
      ) : (
        <Box
          ref={scrollRef}
          onScroll={handleScroll}
          role="region"
          aria-label="Log lines"
          tabIndex={0}
          sx={{
            // Capped: in a portal's frame sized to the content (src/embed), vh follows the frame, which follows this.
            height: 'min(65vh, 48rem)',
            minHeight: 280,
            overflow: 'auto',
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            bgcolor: 'background.paper',
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            fontSize: 13,
            lineHeight: `${LINE_HEIGHT}px`,
          }}
        >
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%' }}>
            {virtualizer.getVirtualItems().map((item) => (
              <Box
                key={item.key}
                data-index={item.index}
                ref={isWrapped ? virtualizer.measureElement : undefined}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  minWidth: '100%',
                  width: isWrapped ? '100%' : 'max-content',
                  transform: `translateY(${item.start}px)`,
                  whiteSpace: isWrapped ? 'pre-wrap' : 'pre',
                  wordBreak: isWrapped ? 'break-word' : undefined,
                }}
              >
                <LogLineRow
                  index={item.index}
                  text={lines[item.index] ?? ''}
                  query={search.activeQuery}
                  currentMatch={current?.line === item.index ? current : undefined}
                  isFocused={focusedLine === item.index}
                  gutterWidth={gutterWidth}
                  onLinkLine={onLinkLine ? handleLinkLine : undefined}
                />
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}

export default LogViewer;
