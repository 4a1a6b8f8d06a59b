/**
 * Two logs aligned line by line, ignoring what differs between any two runs: the leading timestamp and each run's
 * own execution id. The alignment itself (align-logs.ts) brings the diff library, so it loads only in the worker.
 */
export type AlignedRow =
  { kind: 'same'; a: number; b: number } | { kind: 'only-a'; a: number } | { kind: 'only-b'; b: number };

export interface LogAlignment {
  /** Undefined when the logs differ in more than MAX_CHANGED_LINES lines (or take too long): too different to align. */
  rows?: AlignedRow[];
  /** Index in `rows` of the first line that differs; undefined when the logs are the same. */
  firstDivergence?: number;
  /** Lines only in one log. */
  changed: number;
}

export interface AlignInput {
  a: { lines: string[]; executionId: string };
  b: { lines: string[]; executionId: string };
}

/** Beyond this many changed lines the diff's cost grows with their square; we stop and say so. */
export const MAX_CHANGED_LINES = 5_000;

const LEADING_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*/;

/** A line without its timestamp, its run's id written as `<execution>`. */
export function comparableLine(line: string, executionId: string): string {
  const text = line.replace(LEADING_TIME, '');
  return executionId ? text.split(executionId).join('<execution>') : text;
}

export type DisplayItem = AlignedRow | { kind: 'gap'; count: number; at: number };

/** Rows to show: every difference with `context` lines around it; the identical stretches between as gaps. */
export function displayItems(rows: readonly AlignedRow[], context = 3): DisplayItem[] {
  const keep = new Uint8Array(rows.length);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (let near = Math.max(0, index - context); near <= Math.min(rows.length - 1, index + context); near += 1) {
      keep[near] = 1;
    }
  });
  const items: DisplayItem[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    if (keep[index]) {
      items.push(rows[index]!);
      continue;
    }
    const at = index;
    while (index + 1 < rows.length && !keep[index + 1]) index += 1;
    items.push({ kind: 'gap', count: index - at + 1, at });
  }
  return items;
}
