import { Hint } from '@/components/feedback/hint';
import { type DateInput, formatDateTime, formatRelative, toDate } from '@/lib/time';
import { useTimeZone } from './time-zone-context';
import { useNow } from './use-now';

interface RelativeTimeProps {
  value: DateInput;
  fallback?: string;
}

/** "5 min ago" / "in 3 h", kept current; the exact time (chosen zone and UTC) as a hint. */
export function RelativeTime({ value, fallback = '—' }: RelativeTimeProps) {
  const { timeZone } = useTimeZone();
  const now = useNow(10_000);
  const date = toDate(value);
  if (!date) return <>{fallback}</>;
  const exact = [formatDateTime(date, timeZone), timeZone === 'UTC' ? undefined : formatDateTime(date, 'UTC')]
    .filter(Boolean)
    .join('\n');
  return (
    <Hint title={exact}>
      <time dateTime={date.toISOString()}>{formatRelative(date, now)}</time>
    </Hint>
  );
}
