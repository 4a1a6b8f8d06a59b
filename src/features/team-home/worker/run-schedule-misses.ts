import { callWorker } from '@/lib/worker-call';
import type { ScheduleMisses, ScheduleMissesInput } from '../model/schedule-misses';

/**
 * The home's schedule check in a Web Worker: a 1,000-job team's ticks and runs take longer than a frame at 4×
 * throttle. Where no worker starts, it runs here, its code (and croner's) loaded only then.
 */
export const runScheduleMisses = (input: ScheduleMissesInput): Promise<ScheduleMisses> =>
  callWorker(
    () => new Worker(new URL('./schedule-misses.worker.ts', import.meta.url), { type: 'module' }),
    input,
    async (data) => (await import('../model/schedule-misses')).scheduleMisses(data),
  );
