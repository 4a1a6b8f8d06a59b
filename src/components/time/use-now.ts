import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs` (for relative times and running durations). */
export function useNow(intervalMs = 1000, isEnabled = true): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!isEnabled) return;
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs, isEnabled]);
  return now;
}
