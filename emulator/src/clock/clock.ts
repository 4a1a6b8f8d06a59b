import type { Clock } from '../domain/context.ts';

function listeners() {
  const set = new Set<() => void>();
  return {
    add(listener: () => void) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    notify: () => set.forEach((listener) => listener()),
  };
}

/** Real time, optionally accelerated: emulated time = start + (real elapsed × speed) + advances. */
export function createRealClock(speed = 1, start = Date.now()): Clock {
  const realStart = Date.now();
  let offset = 0;
  const subscribers = listeners();
  return {
    kind: 'real',
    speed,
    now: () => start + Math.floor((Date.now() - realStart) * speed) + offset,
    advance(ms) {
      offset += Math.max(0, ms);
      subscribers.notify();
    },
    onAdvance: subscribers.add,
  };
}

/** A clock that only moves when told to (tests, `POST /__emulator/clock`). */
export function createManualClock(start = Date.parse('2025-05-13T10:00:00Z')): Clock {
  let current = start;
  const subscribers = listeners();
  return {
    kind: 'manual',
    speed: 1,
    now: () => current,
    advance(ms) {
      current += Math.max(0, ms);
      subscribers.notify();
    },
    onAdvance: subscribers.add,
  };
}
