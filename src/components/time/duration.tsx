import { type DateInput, formatDuration, secondsBetween } from '@/lib/time';
import { useNow } from './use-now';

type DurationProps =
  | { seconds: number | null | undefined; fallback?: string }
  /** From start to end; without `end` (still running) it counts up live. */
  | { start: DateInput; end?: DateInput; fallback?: string };

/** "3m 12s"; exposes the exact number of seconds as an ISO 8601 `<time dateTime="PT192S">`. */
export function Duration(props: DurationProps) {
  const isLive = 'start' in props && props.end == null;
  const now = useNow(1000, isLive);
  const seconds = 'seconds' in props ? props.seconds : secondsBetween(props.start, props.end, now);
  const text = formatDuration(seconds);
  if (text === undefined || seconds == null) return <>{props.fallback ?? '—'}</>;
  return <time dateTime={`PT${Math.round(seconds)}S`}>{text}</time>;
}
