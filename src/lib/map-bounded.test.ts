import { describe, expect, it } from 'vitest';
import { mapBounded } from './map-bounded';

/** A call that resolves when the test says so, recording how many run at once. */
function gatedCalls() {
  const open: (() => void)[] = [];
  let inFlight = 0;
  let most = 0;
  const call = (item: number) =>
    new Promise<number>((resolve) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      open.push(() => {
        inFlight -= 1;
        resolve(item * 10);
      });
    });
  return { call, open, most: () => most };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mapBounded', () => {
  it('keeps at most the limit in flight and answers in the items’ order', async () => {
    const { call, open, most } = gatedCalls();
    const done = mapBounded([1, 2, 3, 4, 5, 6, 7], 3, call);
    await settle();
    expect(open).toHaveLength(3);
    // Finish them out of order: the answers still follow the items.
    while (open.length > 0) {
      open.pop()!();
      await settle();
    }
    await expect(done).resolves.toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most()).toBe(3);
  });

  it('answers an empty list without calling, and rejects with the first failure', async () => {
    await expect(mapBounded([], 3, () => Promise.reject(new Error('never')))).resolves.toEqual([]);
    await expect(
      mapBounded([1, 2], 2, (item) => (item === 2 ? Promise.reject(new Error('page 2')) : Promise.resolve(item))),
    ).rejects.toThrow('page 2');
  });

  it('starts nothing once the signal aborts, or after a failure', async () => {
    const { call, open } = gatedCalls();
    const leaving = new AbortController();
    const done = mapBounded([1, 2, 3, 4, 5], 2, call, leaving.signal);
    await settle();
    leaving.abort(new Error('left'));
    open.shift()!();
    await expect(done).rejects.toThrow('left');
    expect(open).toHaveLength(1);

    const started: number[] = [];
    const failing = mapBounded([1, 2, 3, 4], 1, (item) => {
      started.push(item);
      return item === 2 ? Promise.reject(new Error('item 2')) : Promise.resolve(item);
    });
    await expect(failing).rejects.toThrow('item 2');
    await settle();
    expect(started).toEqual([1, 2]);
  });
});
