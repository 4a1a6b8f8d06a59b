import { Cron } from 'croner';

const cache = new Map<string, Cron | null>();

/** A 5-field UNIX cron evaluated in UTC, or null when empty/invalid (the real service then reports -1). */
export function parseCron(expression: string | null | undefined): Cron | null {
  if (!expression) return null;
  const cached = cache.get(expression);
  if (cached !== undefined) return cached;
  let cron: Cron | null = null;
  if (expression.trim().split(/\s+/).length === 5) {
    try {
      cron = new Cron(expression.trim(), { utcOffset: 0, paused: true });
    } catch {
      cron = null;
    }
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(expression, cron);
  return cron;
}

/** The next fire time strictly after `afterMs`, in epoch ms, or null. */
export function nextFire(expression: string | null | undefined, afterMs: number): number | null {
  const cron = parseCron(expression);
  const next = cron?.nextRun(new Date(afterMs));
  return next ? next.getTime() : null;
}

const nextRuns = new Map<string, number>();
let nextRunsMinute = -1;

/**
 * GraphQL `nextRunEpochSeconds`: next UTC fire time in seconds, -1 when none or invalid.
 * Memoised per expression within the current minute: a 5-field cron cannot fire inside it.
 */
export function nextRunEpochSeconds(expression: string | null | undefined, nowMs: number): number {
  const minute = Math.floor(nowMs / 60_000);
  if (minute !== nextRunsMinute) {
    nextRunsMinute = minute;
    nextRuns.clear();
  }
  const key = expression ?? '';
  let seconds = nextRuns.get(key);
  if (seconds === undefined) {
    const next = nextFire(expression, nowMs);
    seconds = next === null ? -1 : Math.floor(next / 1000);
    if (nextRuns.size > 20_000) nextRuns.clear();
    nextRuns.set(key, seconds);
  }
  return seconds;
}
