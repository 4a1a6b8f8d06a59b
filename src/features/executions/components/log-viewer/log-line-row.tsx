import { memo } from 'react';
import { isErrorLine } from '@/lib/log-index';
import { segmentLine, type LogMatch } from '../../model/log-lines';

interface LogLineRowProps {
  index: number;
  text: string;
  /** The row's position in the list (the virtualiser's index, which differs from `index` while levels are hidden). */
  row: number;
  /** Offset of the row from the top of the list, in pixels; undefined where it follows the row before it. */
  top: number | undefined;
  /** Set where rows are measured (wrapped lines). */
  measureRef: ((element: HTMLElement | null) => void) | undefined;
  query: string;
  /** The current match when it is on this line. */
  currentMatch: LogMatch | undefined;
  isFocused: boolean;
  /** Makes the line number a `#L<n>` link to this line; without it the number is plain text. */
  onLinkLine?: (lineNumber: number) => void;
}

/**
 * One log line: its number and its text, with search hits in <mark>. Always text nodes, never markup. Three elements
 * a row (the row, its number, its text): a first view renders about forty rows, and each element more is style and
 * layout work in the frame that shows the log. No style of its own unless it is placed on its own (`top`): rows
 * styled by the same rules are styled once and alike, an inline style makes each row's style a new one to compute.
 */
export const LogLineRow = memo(function LogLineRow({
  index,
  text,
  row,
  top,
  measureRef,
  query,
  currentMatch,
  isFocused,
  onLinkLine,
}: LogLineRowProps) {
  const lineNumber = index + 1;
  const segments = segmentLine(text, query);
  return (
    <div
      ref={measureRef}
      data-index={row}
      data-line={lineNumber}
      data-error={isErrorLine(text) ? '' : undefined}
      aria-current={isFocused ? 'true' : undefined}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      {onLinkLine ? (
        <a
          data-gutter=""
          href={`#L${lineNumber}`}
          aria-label={`Link to line ${lineNumber}`}
          onClick={(event) => {
            event.preventDefault();
            onLinkLine(lineNumber);
          }}
        >
          {lineNumber}
        </a>
      ) : (
        <span data-gutter="">{lineNumber}</span>
      )}
      <span data-text="">
        {segments.length === 1 && !segments[0]!.isMatch
          ? text || ' '
          : segments.map((segment) =>
              segment.isMatch ? (
                <mark key={segment.start} data-current={currentMatch?.start === segment.start ? 'true' : undefined}>
                  {segment.text}
                </mark>
              ) : (
                <span key={segment.start}>{segment.text}</span>
              ),
            )}
      </span>
    </div>
  );
});
