/**
 * Search and highlighting in the log viewer (its lines and levels: src/lib/log-index.ts). Everything here is linear
 * in the log size so 100k lines stay interactive.
 */

import type { LineList } from '@/lib/chunked-lines';
import { positionOfLine } from '@/lib/log-levels';

export interface LogMatch {
  line: number;
  /** Character offset of the match inside the line. */
  start: number;
}

/** Beyond this the count reads "10,000+": nobody steps through more, and it bounds the work. */
export const MAX_MATCHES = 10_000;

/**
 * Case-insensitive plain-text matches (no regex: log text is full of regex metacharacters), in the lines numbered in
 * `among` (ascending) when given, else in every line; only in lines `from` to `until` (excluded) when given, added to
 * `matches` (a search done in slices, or continued as a log grows).
 */
export function findMatches(
  lines: LineList,
  query: string,
  among?: Int32Array,
  { from = 0, until = lines.length, matches = [] }: { from?: number; until?: number; matches?: LogMatch[] } = {},
): LogMatch[] {
  const needle = query.toLowerCase();
  if (needle === '') return matches;
  const first = among ? positionOfLine(among, from) : from;
  const end = among ? positionOfLine(among, until) : until;
  for (let at = first; at < end && matches.length < MAX_MATCHES; at += 1) {
    const line = among ? among[at]! : at;
    const haystack = lines.at(line)!.toLowerCase();
    let found = haystack.indexOf(needle);
    while (found !== -1) {
      matches.push({ line, start: found });
      if (matches.length >= MAX_MATCHES) break;
      found = haystack.indexOf(needle, found + needle.length);
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
