import * as v from 'valibot';

/** The failures page's URL state: `?window=24h|7d|14d` (default 7d; the service keeps 14 days). */
export const WINDOWS = ['24h', '7d', '14d'] as const;
export type FailureWindow = (typeof WINDOWS)[number];
export const DEFAULT_WINDOW: FailureWindow = '7d';

export const WINDOW_MS: Record<FailureWindow, number> = {
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '14d': 14 * 86_400_000,
};
export const WINDOW_LABEL: Record<FailureWindow, string> = {
  '24h': 'last 24 hours',
  '7d': 'last 7 days',
  '14d': 'last 14 days',
};

const windowSchema = v.fallback(v.picklist(WINDOWS), DEFAULT_WINDOW);

export function parseFailuresSearch(params: URLSearchParams): { window: FailureWindow } {
  return { window: v.parse(windowSchema, params.get('window') ?? undefined) };
}

export function serializeFailuresSearch({ window }: { window: FailureWindow }): Record<string, string> {
  return window === DEFAULT_WINDOW ? {} : { window };
}

/** The window's start, whole minutes, so the query key stays put between renders of one minute. */
export function windowStart(window: FailureWindow, now: number): string {
  return new Date(Math.floor((now - WINDOW_MS[window]) / 60_000) * 60_000).toISOString();
}
