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
  let next = 0;
  let hasFailed = false;
  const worker = async () => {
    while (next < items.length && !hasFailed) {
      signal?.throwIfAborted();
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index]!);
      } catch (error) {
        hasFailed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
