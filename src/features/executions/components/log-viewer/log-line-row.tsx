import { memo } from 'react';
import { isErrorLine } from '@/lib/log-index';
import { segmentLine, type LogMatch } from '../../model/log-lines';

interface LogLineRowProps {
  index: number;
  text: string;
  query: string;
  /** The current match when it is on this line. */
  currentMatch: LogMatch | undefined;
  isFocused: boolean;
  gutterWidth: string;
  /** Makes the line number a `#L<n>` link to this line; without it the number is plain text. */
  onLinkLine?: (lineNumber: number) => void;
}

/** One log line: its number and its text, with search hits in <mark>. Always text nodes, never markup. */
export const LogLineRow = memo(function LogLineRow({
  index,
  text,
  query,
  currentMatch,
  isFocused,
  gutterWidth,
  onLinkLine,
}: LogLineRowProps) {
  const lineNumber = index + 1;
  return (
    <div
      data-line={lineNumber}
      data-error={isErrorLine(text) ? '' : undefined}
      aria-current={isFocused ? 'true' : undefined}
    >
      <span data-gutter="" style={{ width: gutterWidth }}>
        {onLinkLine ? (
          <a
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
          lineNumber
        )}
      </span>
      <span data-testid="log-line-text">
        {segmentLine(text, query).map((segment) =>
          segment.isMatch ? (
            <mark key={segment.start} data-current={currentMatch?.start === segment.start ? 'true' : undefined}>
              {segment.text}
            </mark>
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
        {text === '' && ' '}
      </span>
    </div>
  );
});
