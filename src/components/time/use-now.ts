import { useCallback, useState, useSyncExternalStore } from 'react';

/**
 * One shared timer per interval, however many components tick with it: a list of 100 rows with
 * relative times runs one interval, not 100, and every row changes in the same frame.
 */
interface Ticker {
  now: Date;
  listeners: Set<() => void>;
  timer: number;
}

const tickers = new Map<number, Ticker>();

function subscribe(intervalMs: number, listener: () => void): () => void {
  let ticker = tickers.get(intervalMs);
  if (!ticker) {
    const created: Ticker = { now: new Date(), listeners: new Set(), timer: 0 };
    created.timer = window.setInterval(() => {
      created.now = new Date();
      created.listeners.forEach((notify) => notify());
    }, intervalMs);
    tickers.set(intervalMs, created);
    ticker = created;
  }
  ticker.listeners.add(listener);
  const current = ticker;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      window.clearInterval(current.timer);
      tickers.delete(intervalMs);
    }
  };
}

const unsubscribed = () => undefined;

/** The current time, re-read every `intervalMs` (for relative times and running durations). */
export function useNow(intervalMs = 1000, isEnabled = true): Date {
  const [mountedAt] = useState(() => new Date());
  const subscribeTo = useCallback(
    (listener: () => void) => (isEnabled ? subscribe(intervalMs, listener) : unsubscribed),
    [intervalMs, isEnabled],
  );
  const getSnapshot = useCallback(
    () => (isEnabled ? tickers.get(intervalMs)?.now : undefined) ?? mountedAt,
    [intervalMs, isEnabled, mountedAt],
  );
  return useSyncExternalStore(subscribeTo, getSnapshot);
}
