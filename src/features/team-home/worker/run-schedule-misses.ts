import type { JobRun, ScheduleMisses, ScheduleMissesInput } from '../model/schedule-misses';

/** What the check needs besides the runs, sent once they have all been sent. */
export type ScheduleCheckInput = Omit<ScheduleMissesInput, 'runs'>;

export type ToScheduleWorker = { kind: 'runs'; runs: JobRun[] } | { kind: 'check'; input: ScheduleCheckInput };

export interface ScheduleCheck {
  /** Runs of the window, sent on as each request answers. */
  addRuns(runs: JobRun[]): void;
  /** The check over every run added. */
  check(input: ScheduleCheckInput): Promise<ScheduleMisses>;
  /** Stops the worker (its runs are no longer needed, or the reads failed). */
  close(): void;
}

const startWorker = () => new Worker(new URL('./schedule-misses.worker.ts', import.meta.url), { type: 'module' });

const checkHere = async (input: ScheduleMissesInput) =>
  (await import('../model/schedule-misses')).scheduleMisses(input);

/**
 * The home's schedule check in a Web Worker: a 1,000-job team's ticks and runs take longer than a frame at 4×
 * throttle. The runs cross to the worker a request's answer at a time, as they come: all of them in one message took
 * 50–80 ms to copy at 4× throttle. Where no worker starts, the check runs here, its code (and croner's) loaded only
 * then.
 */
export function openScheduleCheck(): ScheduleCheck {
  // Kept here too (the answers' own arrays, no copy) for the check here, should the worker fail.
  const added: JobRun[][] = [];
  let worker = typeof Worker === 'undefined' ? undefined : startWorker();
  let onFailure: (() => void) | undefined;
  const close = () => {
    worker?.terminate();
    worker = undefined;
  };
  if (worker)
    worker.onerror = (event) => {
      event.preventDefault();
      close();
      onFailure?.();
    };
  return {
    addRuns(runs) {
      added.push(runs);
      worker?.postMessage({ kind: 'runs', runs } satisfies ToScheduleWorker);
    },
    check(input) {
      const here = () => checkHere({ ...input, runs: added.flat() });
      const running = worker;
      if (!running) return here();
      return new Promise((resolve) => {
        onFailure = () => resolve(here());
        running.onmessage = (event: MessageEvent<ScheduleMisses>) => {
          close();
          resolve(event.data);
        };
        running.postMessage({ kind: 'check', input } satisfies ToScheduleWorker);
      });
    },
    close,
  };
}
