import { useNow } from '@/components/time/use-now';
import { HOME_REFRESH_MS } from '../model/card-state';

/**
 * "Now" for the home's moving windows, whole minutes: a query keyed by its window stays one query for a minute
 * and the next minute asks again, so windows move on without a new key on every render.
 */
export function useWindowAnchor(): Date {
  const now = useNow(HOME_REFRESH_MS);
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}
