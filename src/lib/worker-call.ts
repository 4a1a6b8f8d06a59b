/**
 * Runs one computation in a fresh Web Worker and resolves with its answer, so a long computation never blocks
 * the page. Where workers are missing or fail to start (tests, a locked-down browser), `fallback` computes the
 * same answer here. `create` must call `new Worker(new URL('./x.worker.ts', import.meta.url), …)` itself: Vite
 * bundles a worker only where it sees that expression.
 */
export function callWorker<Input, Output>(
  create: () => Worker,
  input: Input,
  fallback: (input: Input) => Output | Promise<Output>,
): Promise<Output> {
  if (typeof Worker === 'undefined') return Promise.resolve(fallback(input));
  return new Promise((resolve) => {
    const worker = create();
    const finish = (output: Output | Promise<Output>) => {
      worker.terminate();
      resolve(output);
    };
    worker.onmessage = (event: MessageEvent<Output>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(fallback(input));
    };
    worker.postMessage(input);
  });
}
