import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import DownloadIcon from '@mui/icons-material/Download';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import WrapTextIcon from '@mui/icons-material/WrapText';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, type KeyboardEvent } from 'react';
import { LOG_LEVELS, type LogLevel } from '@/lib/log-levels';
import { MAX_MATCHES } from '../../model/log-lines';
import type { useLogSearch } from '../../hooks/use-log-search';

interface LogToolbarProps {
  search: ReturnType<typeof useLogSearch>;
  lineCount: number;
  /** Lines at the shown levels (all of them when every level is shown). */
  shownCount: number;
  levelCounts: Record<LogLevel, number>;
  shownLevels: ReadonlySet<LogLevel>;
  onShownLevelsChange: (levels: ReadonlySet<LogLevel>) => void;
  firstError: number;
  onJumpToError: () => void;
  isWrapped: boolean;
  onWrapChange: (wrapped: boolean) => void;
  /** Undefined when the log is not live (nothing to follow). */
  isFollowing: boolean | undefined;
  onFollowChange: (following: boolean) => void;
  onDownload: () => void;
}

const count = (n: number) => n.toLocaleString('en-US');

function lineSummary(lineCount: number, shownCount: number): string {
  const lines = `${count(lineCount)} ${lineCount === 1 ? 'line' : 'lines'}`;
  return shownCount === lineCount ? lines : `${count(shownCount)} of ${lines}`;
}

function matchSummary(search: LogToolbarProps['search']): string {
  if (search.activeQuery === '') return '';
  const count = search.matches.length;
  if (count === 0) return 'No matches';
  const total = count >= MAX_MATCHES ? `${MAX_MATCHES.toLocaleString('en-US')}+` : count.toLocaleString('en-US');
  return `${(search.index + 1).toLocaleString('en-US')} of ${total}`;
}

export function LogToolbar({
  search,
  lineCount,
  shownCount,
  levelCounts,
  shownLevels,
  onShownLevelsChange,
  firstError,
  onJumpToError,
  isWrapped,
  onWrapChange,
  isFollowing,
  onFollowChange,
  onDownload,
}: LogToolbarProps) {
  const hasMatches = search.matches.length > 0;
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) search.previous();
      else search.next();
    } else if (event.key === 'Escape' && search.query !== '') {
      event.preventDefault();
      search.setQuery('');
    }
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <TextField
        size="small"
        type="search"
        label="Search logs"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={handleKeyDown}
        sx={{ minWidth: 240 }}
      />
      <Typography variant="body2" role="status" aria-live="polite" sx={{ minWidth: 90 }}>
        {matchSummary(search)}
      </Typography>
      <LevelFilter levelCounts={levelCounts} shownLevels={shownLevels} onShownLevelsChange={onShownLevelsChange} />
      <Tooltip title="Previous match (Shift+Enter)">
        <span>
          <IconButton aria-label="Previous match" onClick={search.previous} disabled={!hasMatches} size="small">
            <KeyboardArrowUpIcon />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title="Next match (Enter)">
        <span>
          <IconButton aria-label="Next match" onClick={search.next} disabled={!hasMatches} size="small">
            <KeyboardArrowDownIcon />
          </IconButton>
        </span>
      </Tooltip>
      <ViewActions
        lineCount={lineCount}
        shownCount={shownCount}
        firstError={firstError}
        onJumpToError={onJumpToError}
        isWrapped={isWrapped}
        onWrapChange={onWrapChange}
        isFollowing={isFollowing}
        onFollowChange={onFollowChange}
        onDownload={onDownload}
      />
    </Stack>
  );
}

type LevelFilterProps = Pick<LogToolbarProps, 'levelCounts' | 'shownLevels' | 'onShownLevelsChange'>;

/** Memoized, like `ViewActions`: a key typed in the search renders the search field, not these. */
const LevelFilter = memo(function LevelFilter({ levelCounts, shownLevels, onShownLevelsChange }: LevelFilterProps) {
  return (
    <ToggleButtonGroup
      size="small"
      aria-label="Levels shown"
      value={LOG_LEVELS.filter((level) => shownLevels.has(level))}
      onChange={(_, levels: LogLevel[]) => onShownLevelsChange(new Set(levels))}
    >
      {LOG_LEVELS.map((level) => (
        <ToggleButton
          key={level}
          value={level}
          aria-label={`${level}: ${count(levelCounts[level])} ${levelCounts[level] === 1 ? 'line' : 'lines'}`}
          sx={{ gap: 0.75, py: 0.25 }}
        >
          {level}
          <Typography component="span" variant="caption" color="text.secondary">
            {count(levelCounts[level])}
          </Typography>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
});

type ViewActionsProps = Omit<LogToolbarProps, 'search' | keyof LevelFilterProps>;

const ViewActions = memo(function ViewActions({
  lineCount,
  shownCount,
  firstError,
  onJumpToError,
  isWrapped,
  onWrapChange,
  isFollowing,
  onFollowChange,
  onDownload,
}: ViewActionsProps) {
  return (
    <>
      <Tooltip title={firstError < 0 ? 'No Traceback or ERROR line in this log' : `Line ${firstError + 1}`}>
        <span>
          <Button size="small" startIcon={<ErrorOutlineIcon />} onClick={onJumpToError} disabled={firstError < 0}>
            Jump to first error
          </Button>
        </span>
      </Tooltip>
      <ToggleButton
        size="small"
        value="wrap"
        selected={isWrapped}
        onChange={() => onWrapChange(!isWrapped)}
        aria-label="Wrap lines"
      >
        <WrapTextIcon fontSize="small" sx={{ mr: 0.5 }} /> Wrap
      </ToggleButton>
      {isFollowing !== undefined && (
        <ToggleButton
          size="small"
          value="follow"
          selected={isFollowing}
          onChange={() => onFollowChange(!isFollowing)}
          aria-label="Follow the end of the log"
        >
          <ArrowDownwardIcon fontSize="small" sx={{ mr: 0.5 }} /> Follow
        </ToggleButton>
      )}
      <Button size="small" startIcon={<DownloadIcon />} onClick={onDownload} disabled={lineCount === 0}>
        Download
      </Button>
      <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
        {lineSummary(lineCount, shownCount)}
      </Typography>
    </>
  );
});
