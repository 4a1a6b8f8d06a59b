import Box from '@mui/material/Box';
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
  const isError = isErrorLine(text);
  return (
    <Box
      sx={{
        display: 'flex',
        minWidth: '100%',
        bgcolor: isFocused ? 'action.selected' : isError ? 'rgba(211, 47, 47, 0.08)' : undefined,
        boxShadow: isError ? (theme) => `inset 3px 0 0 ${theme.palette.error.main}` : undefined,
      }}
      data-line={lineNumber}
      aria-current={isFocused ? 'true' : undefined}
    >
      <Box
        component="span"
        sx={{
          position: 'sticky',
          left: 0,
          flex: 'none',
          width: gutterWidth,
          pr: 1.5,
          textAlign: 'right',
          color: 'text.secondary',
          userSelect: 'none',
          bgcolor: 'background.paper',
        }}
      >
        {onLinkLine ? (
          <Box
            component="a"
            href={`#L${lineNumber}`}
            aria-label={`Link to line ${lineNumber}`}
            onClick={(event) => {
              event.preventDefault();
              onLinkLine(lineNumber);
            }}
            sx={{
              color: 'inherit',
              textDecoration: 'none',
              '&:hover, &:focus-visible': { textDecoration: 'underline' },
            }}
          >
            {lineNumber}
          </Box>
        ) : (
          lineNumber
        )}
      </Box>
      <Box component="span" data-testid="log-line-text" sx={{ flex: 1, pr: 2 }}>
        {segmentLine(text, query).map((segment) =>
          segment.isMatch ? (
            <Box
              component="mark"
              key={segment.start}
              data-current={currentMatch?.start === segment.start ? 'true' : undefined}
              sx={{
                bgcolor: currentMatch?.start === segment.start ? 'warning.main' : 'warning.light',
                color: currentMatch?.start === segment.start ? 'warning.contrastText' : 'inherit',
                borderRadius: 0.5,
              }}
            >
              {segment.text}
            </Box>
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
        {text === '' && ' '}
      </Box>
    </Box>
  );
});
