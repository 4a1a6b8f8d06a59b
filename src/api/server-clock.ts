/**
 * The Control Service's clock, as its responses' `Date` header tells it. The schedule reality check compares the
 * service's timestamps with "now", and a browser whose clock is minutes off (or an emulator running faster than
 * real time) would otherwise call every recent tick missed or every past one upcoming.
 */

/** `Date` has whole seconds: a smaller difference is rounding, not skew. */
const NOISE_MS = 2_000;

let offsetMs = 0;

/** Called by the client with each response's `Date` header. */
export function observeServerDate(header: string | null, receivedAt = Date.now()): void {
  const at = header ? Date.parse(header) : NaN;
  if (Number.isNaN(at)) return;
  const offset = at - receivedAt;
  offsetMs = Math.abs(offset) < NOISE_MS ? 0 : offset;
}

/** Now on the service's clock, in epoch ms (the browser's clock until a response said otherwise). */
export function serverNow(browserNow = Date.now()): number {
  return browserNow + offsetMs;
}
