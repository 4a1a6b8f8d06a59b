import { callWorker } from '@/lib/worker-call';
import { triageFailures, type Cause, type TriageInput } from '../model/triage';

/** Triage in a Web Worker: 10,000 failures take longer than a frame on a slow machine. */
export const runTriage = (input: TriageInput): Promise<Cause[]> =>
  callWorker(
    () => new Worker(new URL('./triage.worker.ts', import.meta.url), { type: 'module' }),
    input,
    triageFailures,
  );
