import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';
import { nextTask } from '@/lib/next-task';
import { triageFailures, type Cause, type TriageInput } from '../model/triage';
import type { RunList, TriageReply, TriageRequest } from './triage-protocol';

/**
 * Runs per message: copying 10,000 runs to the worker in one message held the page for about 200 ms at 4× throttle;
 * a slice takes a few milliseconds, and the page paints between slices.
 */
export const TRIAGE_SLICE = 1_000;

export interface TriageSession {
  /** The causes of `input`; runs already sent (the same arrays) are not sent again. */
  triage(input: TriageInput): Promise<Cause[]>;
  /** Ends the worker; a later `triage` starts a new one. */
  close(): void;
}

const startWorker = () => new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module' });

/**
 * Triage in a Web Worker that keeps the runs for the page's visit: the runs cross once, in slices, and each triage
 * after a log was read sends only the signatures. Where no worker starts (tests, a locked-down browser), the
 * causes are computed here.
 */
export function createTriageSession(
  create: (() => Worker) | undefined = typeof Worker === 'undefined' ? undefined : startWorker,
): TriageSession {
  let worker: Worker | undefined;
  let broken = create === undefined;
  const sent: Record<RunList, readonly ExecutionHistoryRun[] | undefined> = {
    failures: undefined,
    successes: undefined,
  };
  let pending: { resolve: (causes: Cause[]) => void; reject: (error: Error) => void; input: TriageInput } | undefined;
  // One triage at a time: a second one's slices must not interleave with the first's.
  let queue: Promise<unknown> = Promise.resolve();

  const running = (): Worker => {
    if (worker) return worker;
    const started = create!();
    started.onmessage = (event: MessageEvent<TriageReply>) => {
      pending?.resolve(event.data);
      pending = undefined;
    };
    started.onerror = (event) => {
      event.preventDefault();
      broken = true;
      stop();
      if (pending) pending.resolve(triageFailures(pending.input));
      pending = undefined;
    };
    worker = started;
    return started;
  };

  const stop = () => {
    worker?.terminate();
    worker = undefined;
    sent.failures = sent.successes = undefined;
  };

  const post = (target: Worker, request: TriageRequest) => target.postMessage(request);

  async function send(target: Worker, list: RunList, runs: readonly ExecutionHistoryRun[]) {
    if (sent[list] === runs) return;
    sent[list] = runs;
    for (let start = 0; start === 0 || start < runs.length; start += TRIAGE_SLICE) {
      if (start > 0) await nextTask();
      post(target, { kind: 'runs', list, first: start === 0, runs: runs.slice(start, start + TRIAGE_SLICE) });
    }
  }

  async function triage(input: TriageInput): Promise<Cause[]> {
    if (broken) return triageFailures(input);
    const target = running();
    await send(target, 'failures', input.failures);
    await send(target, 'successes', input.successes);
    if (broken) return triageFailures(input);
    // Closed while the slices went out: that worker is gone, and so is the page that asked.
    if (target !== worker) throw new Error('The failures page closed its triage.');
    return new Promise<Cause[]>((resolve, reject) => {
      pending = { resolve, reject, input };
      post(target, { kind: 'triage', logSignatures: input.logSignatures });
    });
  }

  return {
    triage(input) {
      const result = queue.then(() => triage(input));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      pending?.reject(new Error('The failures page closed its triage.'));
      pending = undefined;
      stop();
    },
  };
}
