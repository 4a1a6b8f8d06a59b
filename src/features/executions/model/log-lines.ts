/**
 * Pure helpers behind the log viewer. Logs arrive as one string (`{"logs": "…"}`); the viewer
 * works on lines. Everything here is linear in the log size so 100k lines stay interactive.
 */

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

/** Index of the first error line (among the lines numbered in `among`, ascending, when given), or -1. */
export function findFirstError(lines: readonly string[], among?: Int32Array): number {
  if (!among) return lines.findIndex(isErrorLine);
  return among.find((line) => isErrorLine(lines[line]!)) ?? -1;
}

export interface LogMatch {
  line: number;
  /** Character offset of the match inside the line. */
  start: number;
}

/** Beyond this the count reads "10,000+": nobody steps through more, and it bounds the work. */
export const MAX_MATCHES = 10_000;

/**
 * Case-insensitive plain-text matches (no regex: log text is full of regex metacharacters), in the lines numbered in
 * `among` (ascending) when given, else in every line.
 */
export function findMatches(lines: readonly string[], query: string, among?: Int32Array): LogMatch[] {
  const needle = query.toLowerCase();
  const matches: LogMatch[] = [];
  if (needle === '') return matches;
  const count = among ? among.length : lines.length;
  for (let at = 0; at < count; at += 1) {
    const line = among ? among[at]! : at;
    const haystack = lines[line]!.toLowerCase();
    let from = haystack.indexOf(needle);
    while (from !== -1) {
      matches.push({ line, start: from });
      if (matches.length >= MAX_MATCHES) return matches;
      from = haystack.indexOf(needle, from + needle.length);
    }
  }
  return matches;
}

export interface LineSegment {
  text: string;
  isMatch: boolean;
  /** Offset of the segment in the line (to tell which match is the current one). */
  start: number;
}

/** A line cut into plain and matching parts, for highlighting with text nodes only. */
export function segmentLine(line: string, query: string): LineSegment[] {
  if (query === '') return [{ text: line, isMatch: false, start: 0 }];
  const haystack = line.toLowerCase();
  const needle = query.toLowerCase();
  const segments: LineSegment[] = [];
  let cursor = 0;
  let found = haystack.indexOf(needle);
  while (found !== -1) {
    if (found > cursor) segments.push({ text: line.slice(cursor, found), isMatch: false, start: cursor });
    segments.push({ text: line.slice(found, found + needle.length), isMatch: true, start: found });
    cursor = found + needle.length;
    found = haystack.indexOf(needle, cursor);
  }
  if (cursor < line.length) segments.push({ text: line.slice(cursor), isMatch: false, start: cursor });
  return segments;
}

/** The match to go to from `current` in `direction`, wrapping around; -1 when there are none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
