/**
 * A range of start times as pages hold it in their URL: all time, a preset relative to now, or custom bounds.
 * Shared by a job's history and the runs page, whose links (from the home too) carry the same presets.
 */

export const TIME_PRESETS = ['24h', '7d', '14d'] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];
export type TimeRange =
  { kind: 'all' } | { kind: 'preset'; preset: TimePreset } | { kind: 'custom'; from?: string; to?: string };

export const PRESET_MS: Record<TimePreset, number> = {
  '24h': 24 * 3_600_000,
  '7d': 7 * 24 * 3_600_000,
  '14d': 14 * 24 * 3_600_000,
};

export const PRESET_LABELS: Record<TimePreset, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '14d': 'Last 14 days',
};

/** A range from its URL parts (preset or `custom`, from, to), already validated one by one. */
export function toTimeRange(kind: string | undefined, from: string | undefined, to: string | undefined): TimeRange {
  if (kind === 'custom' || (kind === undefined && (from || to))) {
    if (!from && !to) return { kind: 'all' };
    // A reversed range is almost always a slip; swap rather than show an always-empty page.
    if (from && to && from > to) return { kind: 'custom', from: to, to: from };
    return { kind: 'custom', from, to };
  }
  const preset = TIME_PRESETS.find((candidate) => candidate === kind);
  return preset ? { kind: 'preset', preset } : { kind: 'all' };
}

/**
 * Inclusive start-time bounds for the service. Presets are relative to `now`, rounded down to the
 * minute so the query key (and the cache) stays put between renders within that minute.
 */
export function rangeBounds(range: TimeRange, now = Date.now()): { startedAfter?: string; startedBefore?: string } {
  if (range.kind === 'all') return {};
  if (range.kind === 'custom') return { startedAfter: range.from, startedBefore: range.to };
  const minute = Math.floor(now / 60_000) * 60_000;
  return { startedAfter: new Date(minute - PRESET_MS[range.preset]).toISOString() };
}
