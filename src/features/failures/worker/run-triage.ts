import { triageFailures, type Cause, type TriageInput } from '../model/triage';

/**
 * Triage in a Web Worker, so a large window never blocks the page (10,000 failures take longer than a frame on
 * a slow machine). Where workers are missing or fail to start (tests, a locked-down browser), it runs here.
 */
export function runTriage(input: TriageInput): Promise<Cause[]> {
  if (typeof Worker === 'undefined') return Promise.resolve(triageFailures(input));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module' });
    const finish = (causes: Cause[]) => {
      worker.terminate();
      resolve(causes);
    };
    worker.onmessage = (event: MessageEvent<Cause[]>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(triageFailures(input));
    };
    worker.postMessage(input);
  });
}
