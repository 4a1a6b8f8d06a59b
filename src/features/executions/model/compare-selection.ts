/** A run ticked in the history for comparing: its id, and its start to tell the older from the newer. */
export interface TickedRun {
  id: string;
  startTime?: string | null;
}

/** Why Compare cannot open, in words; undefined when exactly two runs are ticked. */
export function compareBlocker(ticked: number): string | undefined {
  if (ticked === 0) return 'Tick two runs to compare them.';
  if (ticked === 1) return 'Tick one more run to compare.';
  if (ticked > 2) return `Only two runs can be compared: untick ${ticked - 2}.`;
  return undefined;
}

const startOf = (run: TickedRun) => (run.startTime ? Date.parse(run.startTime) : Number.NaN);

/**
 * The compare page's `a` (the older run) and `b` (the newer), so "B took longer" reads forward in time.
 * A run without a start (never started) counts as the newer; equal starts fall back to the id order.
 */
export function comparePair(ticked: readonly TickedRun[]): { a: string; b: string } | undefined {
  if (ticked.length !== 2) return undefined;
  const [older, newer] = [...ticked].sort((x, y) => {
    const [sx, sy] = [startOf(x), startOf(y)];
    if (Number.isNaN(sx) !== Number.isNaN(sy)) return Number.isNaN(sx) ? 1 : -1;
    return sx - sy || x.id.localeCompare(y.id);
  });
  return { a: older!.id, b: newer!.id };
}
