import { Hint } from '@/components/feedback/hint';
import { type DateInput, formatDateTime, toDate } from '@/lib/time';
import { useTimeZone } from './time-zone-context';

interface TimeProps {
  value: DateInput;
  /** Show seconds (default true). */
  seconds?: boolean;
  /** Shown when the value is missing or invalid. */
  fallback?: string;
}

/**
 * An instant in the zone the user chose (app bar), with the other zone (UTC, or local when UTC is
 * chosen) as a hint. Renders a `<time dateTime>`.
 */
export function Time({ value, seconds = true, fallback = '—' }: TimeProps) {
  const { timeZone, localTimeZone } = useTimeZone();
  const date = toDate(value);
  if (!date) return <>{fallback}</>;
  const otherZone = timeZone === 'UTC' ? localTimeZone : 'UTC';
  const text = formatDateTime(date, timeZone, { seconds });
  const other = otherZone === timeZone ? undefined : formatDateTime(date, otherZone, { seconds });
  const element = <time dateTime={date.toISOString()}>{text}</time>;
  return other ? <Hint title={other}>{element}</Hint> : element;
}
