/**
 * `fn` over every item with at most `limit` calls in flight, answers in the items' order. A server asked for many
 * pages at once serves them no faster than a few at a time, and a browser holds six connections per host: what is
 * sent beyond them waits in the browser, ahead of whatever the page asks next. After the first failure, or once
 * `signal` aborts (the page that asked was left), no further call starts.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  for await (const { index, value } of streamBounded(items, limit, fn, signal)) results[index] = value;
  return results;
}

/**
 * As `mapBounded`, but each answer as it arrives, with its item's index: a page can show the first answers while
 * the rest are still asked (the team home's chart fills bucket by bucket instead of waiting for a hundred counts).
 * Leaving the loop early starts no further call.
 */
export async function* streamBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  signal?: AbortSignal,
): AsyncGenerator<{ index: number; value: R }> {
  const inFlight = new Map<number, Promise<{ index: number; value: R }>>();
  let next = 0;
  const start = () => {
    signal?.throwIfAborted();
    const index = next;
    next += 1;
    const call = fn(items[index]!).then((value) => ({ index, value }));
    // Settled by the race below, or not awaited once an earlier call failed: never an unhandled rejection.
    call.catch(() => undefined);
    inFlight.set(index, call);
  };
  while (next < items.length && inFlight.size < Math.max(1, limit)) start();
  while (inFlight.size > 0) {
    const answer = await Promise.race(inFlight.values());
    inFlight.delete(answer.index);
    if (next < items.length) start();
    yield answer;
  }
}
