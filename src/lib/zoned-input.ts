import { TZDate } from '@date-fns/tz';

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the value of `<input type="datetime-local">`, in the zone the user chose. */
export function toLocalInputValue(iso: string | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new TZDate(iso, timeZone);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value read as wall time in `timeZone`, as an ISO instant; undefined when empty or invalid. */
export function fromLocalInputValue(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new TZDate(year!, month! - 1, day!, hour!, minute!, second ?? 0, timeZone);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime()).toISOString();
}
