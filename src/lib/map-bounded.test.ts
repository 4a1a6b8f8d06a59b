import { describe, expect, it } from 'vitest';
import { mapBounded, streamBounded } from './map-bounded';

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

describe('streamBounded', () => {
  it('gives each answer as it arrives, with its item’s index, keeping the limit in flight', async () => {
    const { call, open, most } = gatedCalls();
    const answers: { index: number; value: number }[] = [];
    const done = (async () => {
      for await (const answer of streamBounded([1, 2, 3, 4], 2, call)) answers.push(answer);
    })();
    await settle();
    open.splice(1, 1)[0]!();
    await settle();
    expect(answers).toEqual([{ index: 1, value: 20 }]);
    while (open.length > 0) {
      open.shift()!();
      await settle();
    }
    await done;
    expect(answers.map(({ index }) => index)).toEqual([1, 0, 2, 3]);
    expect(most()).toBe(2);
  });

  it('starts no further call once the loop is left', async () => {
    const { call, open } = gatedCalls();
    const done = (async () => {
      for await (const answer of streamBounded([1, 2, 3, 4, 5], 2, call)) if (answer.index === 0) break;
    })();
    await settle();
    open.shift()!();
    await done;
    // The call started as the first answer came is the last one: answering what is in flight starts nothing.
    expect(open).toHaveLength(2);
    while (open.length > 0) open.shift()!();
    await settle();
    expect(open).toHaveLength(0);
  });
});
