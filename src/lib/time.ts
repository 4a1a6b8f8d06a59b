/**
 * The one place that turns instants into text. Components never format dates inline: they use
 * `<Time>`, `<RelativeTime>` and `<Duration>` (src/components/time), which call these functions
 * with the time zone the user chose.
 *
 * Built on Intl (zero bundle cost). The format is ISO-like (`2026-11-27 16:30:05`): sortable,
 * unambiguous across locales, and what a data engineer compares with logs.
 */

export type DateInput = Date | string | number | null | undefined;

/** A Date for an ISO string, epoch milliseconds or Date; undefined for anything unusable. */
export function toDate(value: DateInput): Date | undefined {
  if (value == null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** GraphQL's `nextRunEpochSeconds` is -1 (or absent) when there is no next run. */
export function fromEpochSeconds(seconds: number | null | undefined): Date | undefined {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return new Date(seconds * 1000);
}

let localTimeZone: string | undefined;

/**
 * The browser's own zone ("local"); UTC when the runtime cannot tell. Read once: the first Intl call of a page loads
 * the locale's data, 15–60 ms at 4× CPU throttling (src/app/start-up.ts does it while config.json is on its way).
 */
export function browserTimeZone(): string {
  if (localTimeZone === undefined) {
    try {
      localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      localTimeZone = 'UTC';
    }
  }
  return localTimeZone;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

type DateParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

// Tables and charts format thousands of instants; Intl's formatToParts costs tens of microseconds a call (more with
// a zone name), so UTC is read off the ISO string and zone names are looked up once per zone and quarter hour.
function partsOf(date: Date, timeZone: string): DateParts {
  const iso = date.toISOString();
  if (timeZone === 'UTC' && iso.length === 24) {
    return {
      year: iso.slice(0, 4),
      month: iso.slice(5, 7),
      day: iso.slice(8, 10),
      hour: iso.slice(11, 13),
      minute: iso.slice(14, 16),
      second: iso.slice(17, 19),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return parts as DateParts;
}

const QUARTER_HOUR_MS = 900_000;
const zoneLabels = new Map<string, string>();
const labelFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offsets change on quarter-hour boundaries (DST: Adelaide at 16:30 UTC), so one lookup per quarter hour is exact. */
function zoneLabelAt(timeZone: string, at: Date): string {
  const key = `${timeZone}@${Math.floor(at.getTime() / QUARTER_HOUR_MS)}`;
  let label = zoneLabels.get(key);
  if (label === undefined) {
    let formatter = labelFormatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
      labelFormatters.set(timeZone, formatter);
    }
    label = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    if (zoneLabels.size > 1000) zoneLabels.clear();
    zoneLabels.set(key, label);
  }
  return label;
}

export interface FormatDateTimeOptions {
  /** Include seconds (default true). */
  seconds?: boolean;
  /** Append the zone's short name, e.g. "UTC" or "GMT+2" (default true). */
  zone?: boolean;
}

/** `2026-11-27 16:30:05 UTC`; undefined for unusable input. */
export function formatDateTime(
  value: DateInput,
  timeZone: string,
  { seconds = true, zone = true }: FormatDateTimeOptions = {},
): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const p = partsOf(date, timeZone);
  const time = seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  const text = `${p.year}-${p.month}-${p.day} ${time}`;
  return zone ? `${text} ${timeZoneLabel(timeZone, date)}` : text;
}

/** Short name of a zone at an instant: "UTC", "GMT+2", "PST" (depends on the runtime's data). */
export function timeZoneLabel(timeZone: string, at: Date = new Date()): string {
  if (timeZone === 'UTC') return 'UTC';
  return Number.isNaN(at.getTime()) ? timeZone : zoneLabelAt(timeZone, at);
}

const UNITS = [
  { limit: 60, divisor: 1, unit: 's' },
  { limit: 3600, divisor: 60, unit: 'min' },
  { limit: 86_400, divisor: 3600, unit: 'h' },
  { limit: Number.POSITIVE_INFINITY, divisor: 86_400, unit: 'd' },
] as const;

/** "just now", "12 s ago", "5 min ago", "in 3 h", "2 d ago". */
export function formatRelative(value: DateInput, now: Date = new Date()): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const deltaSeconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(deltaSeconds);
  if (magnitude < 5) return 'just now';
  const { divisor, unit } = UNITS.find((candidate) => magnitude < candidate.limit) ?? UNITS[3];
  const amount = `${Math.floor(magnitude / divisor)} ${unit}`;
  return deltaSeconds < 0 ? `${amount} ago` : `in ${amount}`;
}

/**
 * "45s", "3m 12s", "1h 5m", "2d 3h" — the two most significant units, as data engineers read
 * run times. Sub-second durations read "<1s". Undefined for negative or non-finite input.
 */
export function formatDuration(seconds: number | null | undefined): string | undefined {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return undefined;
  if (seconds < 1) return seconds === 0 ? '0s' : '<1s';
  const whole = Math.floor(seconds);
  const days = Math.floor(whole / 86_400);
  const hours = Math.floor((whole % 86_400) / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  const units: [number, string][] = [
    [days, 'd'],
    [hours, 'h'],
    [minutes, 'm'],
    [secs, 's'],
  ];
  const first = units.findIndex(([amount]) => amount > 0);
  return units
    .slice(first, first + 2)
    .filter(([amount], index) => index === 0 || amount > 0)
    .map(([amount, unit]) => `${amount}${unit}`)
    .join(' ');
}

/** Seconds between two instants; `end` defaults to now (for running executions). */
export function secondsBetween(start: DateInput, end?: DateInput, now: Date = new Date()): number | undefined {
  const from = toDate(start);
  const to = end == null ? now : toDate(end);
  if (!from || !to) return undefined;
  return Math.max(0, (to.getTime() - from.getTime()) / 1000);
}
