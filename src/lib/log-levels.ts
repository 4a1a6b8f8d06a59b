/**
 * The level of every line of a log, for filtering by level and counting lines per level. VDK and Python logging put
 * the level as a word in the line (`[INFO ]`, `- WARNING -`, `ERROR:root:`); the lines of a multi-line message or of
 * a traceback carry none and belong to the line that started them. Linear in the log's size: 100,000 lines index
 * in a few milliseconds.
 */

/** The levels a log can be filtered by, most severe first. */
export const LOG_LEVELS = ['ERROR', 'WARN', 'INFO', 'DEBUG'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** In `LogLevelIndex.levels`: a line before the first one that names a level (it has no level). */
export const NO_LEVEL = LOG_LEVELS.length;

const LEVEL_WORD = /\b(CRITICAL|FATAL|ERROR|WARNING|WARN|INFO|DEBUG|TRACE)\b|^(Traceback) \(most recent call last\)/;
const LEVEL_OF_WORD: Record<string, number> = {
  CRITICAL: 0,
  FATAL: 0,
  ERROR: 0,
  // Python prints a traceback without a level, and only for an error.
  Traceback: 0,
  WARNING: 1,
  WARN: 1,
  INFO: 2,
  DEBUG: 3,
  TRACE: 3,
};

export interface LogLevelIndex {
  /** Per line: its level's index in LOG_LEVELS, or NO_LEVEL. */
  levels: Uint8Array;
  /** Lines per level (lines without a level are in none). */
  counts: Record<LogLevel, number>;
}

const NO_LINES: LogLevelIndex = { levels: new Uint8Array(0), counts: { ERROR: 0, WARN: 0, INFO: 0, DEBUG: 0 } };

/** The level of one line when it names one (the first level word on it), else undefined. */
export function levelOfLine(line: string): LogLevel | undefined {
  const match = LEVEL_WORD.exec(line);
  return match ? LOG_LEVELS[LEVEL_OF_WORD[match[1] ?? match[2]!]!] : undefined;
}

/**
 * The level of each of `lines` (as in `LogLevelIndex.levels`); `carried` is the level of the line before them, which
 * the first lines continue until one names a level (a log arriving in pieces is indexed piece by piece).
 */
export function levelsOfLines(lines: readonly string[], carried: number = NO_LEVEL): Uint8Array {
  const levels = new Uint8Array(lines.length);
  let current = carried;
  for (let i = 0; i < lines.length; i += 1) {
    const match = LEVEL_WORD.exec(lines[i]!);
    if (match) current = LEVEL_OF_WORD[match[1] ?? match[2]!]!;
    levels[i] = current;
  }
  return levels;
}

/** The level of the index's last line, which the lines after it continue; NO_LEVEL for no lines. */
export const lastLevel = (index: LogLevelIndex): number => index.levels.at(-1) ?? NO_LEVEL;

/** The index of the lines `before` indexed followed by lines of the given `levels` (from `levelsOfLines`). */
export function appendLevels(before: LogLevelIndex, added: Uint8Array): LogLevelIndex {
  const offset = before.levels.length;
  const levels = new Uint8Array(offset + added.length);
  levels.set(before.levels);
  levels.set(added, offset);
  const perLevel = [...LOG_LEVELS.map((level) => before.counts[level]), 0];
  for (let i = 0; i < added.length; i += 1) perLevel[added[i]!]! += 1;
  const counts = Object.fromEntries(LOG_LEVELS.map((level, i) => [level, perLevel[i]!])) as Record<LogLevel, number>;
  return { levels, counts };
}

/** The index of `lines`; with `before`, the index of the lines it indexed followed by `lines`. */
export const indexLogLevels = (lines: readonly string[], before: LogLevelIndex = NO_LINES): LogLevelIndex =>
  appendLevels(before, levelsOfLines(lines, lastLevel(before)));

/**
 * The numbers (0-based, ascending) of the lines at a shown level, or undefined when every level is shown: then every
 * line is, including those without a level.
 */
export function linesAtLevels(index: LogLevelIndex, shown: ReadonlySet<LogLevel>): Int32Array | undefined {
  if (LOG_LEVELS.every((level) => shown.has(level))) return undefined;
  const wanted = LOG_LEVELS.map((level) => shown.has(level));
  const { levels } = index;
  let count = 0;
  for (let i = 0; i < levels.length; i += 1) if (wanted[levels[i]!]) count += 1;
  const lines = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < levels.length; i += 1) if (wanted[levels[i]!]) lines[at++] = i;
  return lines;
}

/** Where `line` is among the shown `lines` (ascending), or where it would be: the first shown line at or after it. */
export function positionOfLine(lines: Int32Array, line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lines[middle]! < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
