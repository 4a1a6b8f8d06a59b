import { memo } from 'react';
import { Hint } from '@/components/feedback/hint';
import { Button } from '@/components/ui/button';
import { classNames } from '@/components/ui/class-names';
import { Icon } from '@/components/ui/icon';
import { IconButton } from '@/components/ui/icon-button';
import {
  ArrowDownwardIcon,
  DownloadIcon,
  ErrorOutlineIcon,
  KeyboardArrowDownIcon,
  KeyboardArrowUpIcon,
  WrapTextIcon,
} from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { ButtonGroup } from '@/components/ui/button-group';
import { LOG_LEVELS, type LogLevel } from '@/lib/log-levels';
import { MAX_MATCHES } from '../../model/log-lines';
import type { useLogSearch } from '../../hooks/use-log-search';
import { LogSearchField } from './log-search-field';
import styles from './log-toolbar.module.css';

interface LogToolbarProps {
  search: ReturnType<typeof useLogSearch>;
  onQueryChange: (query: string) => void;
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
  onQueryChange,
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
  return (
    <div className={styles.toolbar}>
      <LogSearchField onQueryChange={onQueryChange} onNext={search.next} onPrevious={search.previous} />
      <Text variant="body2" role="status" aria-live="polite" className={styles.matches}>
        {matchSummary(search)}
      </Text>
      <LevelFilter levelCounts={levelCounts} shownLevels={shownLevels} onShownLevelsChange={onShownLevelsChange} />
      <Hint title="Previous match (Shift+Enter)" childIsFocusable>
        <IconButton label="Previous match" onClick={search.previous} disabled={!hasMatches} size="small">
          <Icon icon={KeyboardArrowUpIcon} />
        </IconButton>
      </Hint>
      <Hint title="Next match (Enter)" childIsFocusable>
        <IconButton label="Next match" onClick={search.next} disabled={!hasMatches} size="small">
          <Icon icon={KeyboardArrowDownIcon} />
        </IconButton>
      </Hint>
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
    </div>
  );
}

type ToggleProps = Omit<Parameters<typeof Button>[0], 'variant' | 'color' | 'size' | 'aria-pressed'> & {
  isPressed: boolean;
};

/** A button that stays pressed (`aria-pressed`), tinted while it is, as MUI's ToggleButton. */
function Toggle({ isPressed, className, ...props }: ToggleProps) {
  return (
    <Button
      variant="outlined"
      color="inherit"
      size="small"
      aria-pressed={isPressed}
      className={classNames(styles.toggle, className)}
      {...props}
    />
  );
}

type LevelFilterProps = Pick<LogToolbarProps, 'levelCounts' | 'shownLevels' | 'onShownLevelsChange'>;

/** Memoized, like `ViewActions`: a key typed in the search renders the search field, not these. */
const LevelFilter = memo(function LevelFilter({ levelCounts, shownLevels, onShownLevelsChange }: LevelFilterProps) {
  const toggle = (level: LogLevel) => {
    const levels = new Set(shownLevels);
    if (!levels.delete(level)) levels.add(level);
    onShownLevelsChange(levels);
  };
  return (
    <ButtonGroup label="Levels shown">
      {LOG_LEVELS.map((level) => (
        <Toggle
          key={level}
          isPressed={shownLevels.has(level)}
          onClick={() => toggle(level)}
          aria-label={`${level}: ${count(levelCounts[level])} ${levelCounts[level] === 1 ? 'line' : 'lines'}`}
          className={styles.level}
        >
          {level}
          <Text as="span" variant="caption" color="text.secondary">
            {count(levelCounts[level])}
          </Text>
        </Toggle>
      ))}
    </ButtonGroup>
  );
});

type ViewActionsProps = Omit<LogToolbarProps, 'search' | 'onQueryChange' | keyof LevelFilterProps>;

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
      <Hint
        title={firstError < 0 ? 'No Traceback or ERROR line in this log' : `Line ${firstError + 1}`}
        childIsFocusable
      >
        <Button
          size="small"
          startIcon={<Icon icon={ErrorOutlineIcon} />}
          onClick={onJumpToError}
          disabled={firstError < 0}
        >
          Jump to first error
        </Button>
      </Hint>
      <Toggle
        isPressed={isWrapped}
        onClick={() => onWrapChange(!isWrapped)}
        aria-label="Wrap lines"
        startIcon={<Icon icon={WrapTextIcon} fontSize="small" />}
      >
        Wrap
      </Toggle>
      {isFollowing !== undefined && (
        <Toggle
          isPressed={isFollowing}
          onClick={() => onFollowChange(!isFollowing)}
          aria-label="Follow the end of the log"
          startIcon={<Icon icon={ArrowDownwardIcon} fontSize="small" />}
        >
          Follow
        </Toggle>
      )}
      <Button size="small" startIcon={<Icon icon={DownloadIcon} />} onClick={onDownload} disabled={lineCount === 0}>
        Download
      </Button>
      <Text variant="caption" color="text.secondary" className={styles.lineCount}>
        {lineSummary(lineCount, shownCount)}
      </Text>
    </>
  );
});
