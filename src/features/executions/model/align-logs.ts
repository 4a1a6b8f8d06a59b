import { diffArrays } from 'diff';
import {
  comparableLine,
  MAX_CHANGED_LINES,
  type AlignedRow,
  type AlignInput,
  type LogAlignment,
} from './log-alignment';

/** Two very different long logs could keep the worker busy for long: it gives up after this and says so. */
const ALIGN_TIMEOUT_MS = 3_000;

/**
 * Pure; run in a worker (src/features/executions/worker) for large logs. The common head and tail are matched
 * first, in one pass: two runs of a job mostly share them, and the diff then only sees the part that differs
 * (100,000 lines with one change: 10 s through the diff alone, a few ms this way).
 */
export function alignLogs({ a, b }: AlignInput): LogAlignment {
  const left = a.lines.map((line) => comparableLine(line, a.executionId));
  const right = b.lines.map((line) => comparableLine(line, b.executionId));
  let head = 0;
  while (head < left.length && head < right.length && left[head] === right[head]) head += 1;
  let tail = 0;
  while (
    tail < left.length - head &&
    tail < right.length - head &&
    left[left.length - 1 - tail] === right[right.length - 1 - tail]
  ) {
    tail += 1;
  }
  const changes = diffArrays(left.slice(head, left.length - tail), right.slice(head, right.length - tail), {
    maxEditLength: MAX_CHANGED_LINES,
    timeout: ALIGN_TIMEOUT_MS,
  });
  if (!changes) return { changed: MAX_CHANGED_LINES };
  const rows: AlignedRow[] = [];
  for (let index = 0; index < head; index += 1) rows.push({ kind: 'same', a: index, b: index });
  let ai = head;
  let bi = head;
  for (const change of changes) {
    for (let index = 0; index < change.count; index += 1) {
      if (change.removed) rows.push({ kind: 'only-a', a: ai++ });
      else if (change.added) rows.push({ kind: 'only-b', b: bi++ });
      else rows.push({ kind: 'same', a: ai++, b: bi++ });
    }
  }
  for (let index = 0; index < tail; index += 1) rows.push({ kind: 'same', a: ai++, b: bi++ });
  const first = rows.findIndex((row) => row.kind !== 'same');
  return {
    rows,
    ...(first >= 0 ? { firstDivergence: first } : {}),
    changed: rows.filter((row) => row.kind !== 'same').length,
  };
}
