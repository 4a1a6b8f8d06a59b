/**
 * A log as the viewer reads it: its lines, the level of each (for the level filter and its counts) and where its
 * error lines are, built piece by piece as the log arrives, so no piece makes the page read the whole log again.
 */
import {
  appendLevels,
  indexLogLevels,
  lastLevel,
  levelsOfLines,
  LOG_LEVELS,
  NO_LEVEL,
  type LogLevel,
  type LogLevelIndex,
} from './log-levels';
import { ChunkedLines } from './chunked-lines';

export interface IndexedLog {
  /** In the batches they arrived in: a batch is appended without copying the lines before it. */
  lines: ChunkedLines;
  levels: LogLevelIndex;
  /** The numbers (0-based, ascending) of the lines that start a traceback or are logged at ERROR or worse. */
  errorLines: readonly number[];
}

/** Lines of a log; a trailing newline does not make an extra empty line, and CRLF is tolerated. */
export function splitLogLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

const ERROR_PATTERN = /^Traceback \(most recent call last\)|\b(?:ERROR|CRITICAL|FATAL)\b/;

/** A line that starts a Python traceback or is logged at ERROR (or worse). */
export function isErrorLine(line: string): boolean {
  return ERROR_PATTERN.test(line);
}

export const EMPTY_LOG: IndexedLog = { lines: ChunkedLines.EMPTY, levels: indexLogLevels([]), errorLines: [] };

/** Lines that follow a log, indexed on their own (where the log is read: a worker, see log-stream.ts). */
export interface LogBatch {
  lines: readonly string[];
  /** Per line, its level (as in `LogLevelIndex.levels`). */
  levels: Uint8Array;
  /** The numbers (0-based in the batch, ascending) of its error lines. */
  errorLines: readonly number[];
}

/** Indexes `lines`; `carried` is the level of the line before them (see `levelsOfLines`). */
export function indexBatch(lines: readonly string[], carried: number = NO_LEVEL): LogBatch {
  const errorLines: number[] = [];
  for (let i = 0; i < lines.length; i += 1) if (isErrorLine(lines[i]!)) errorLines.push(i);
  return { lines, levels: levelsOfLines(lines, carried), errorLines };
}

/** The log followed by the batch: a new log (the one given is left as it was; the batch's lines are kept). */
export function appendLogBatch(log: IndexedLog, batch: LogBatch): IndexedLog {
  if (batch.lines.length === 0) return log;
  const offset = log.lines.length;
  return {
    lines: log.lines.append(batch.lines),
    levels: appendLevels(log.levels, batch.levels),
    errorLines: batch.errorLines.length
      ? log.errorLines.concat(batch.errorLines.map((line) => offset + line))
      : log.errorLines,
  };
}

/** The log followed by `lines`: a new log (the one given is left as it was). */
export const appendLogLines = (log: IndexedLog, lines: readonly string[]): IndexedLog =>
  appendLogBatch(log, indexBatch(lines, lastLevel(log.levels)));

export const indexLog = (lines: readonly string[]): IndexedLog => appendLogLines(EMPTY_LOG, lines);

/** The first error line at a shown level, or -1. */
export function firstErrorLine(log: IndexedLog, shown: ReadonlySet<LogLevel>): number {
  if (LOG_LEVELS.every((level) => shown.has(level))) return log.errorLines[0] ?? -1;
  const { levels } = log.levels;
  // A line without a level is shown only with every level (see linesAtLevels).
  return log.errorLines.find((line) => shown.has(LOG_LEVELS[levels[line]!]!)) ?? -1;
}
