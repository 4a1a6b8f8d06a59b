import { callWorker } from '@/lib/worker-call';
import type { AlignInput, LogAlignment } from '../model/log-alignment';

/** In a worker; without one, the diff library still loads only when two logs are compared. */
export const runAlignLogs = (input: AlignInput): Promise<LogAlignment> =>
  callWorker(
    () => new Worker(new URL('./align-logs.worker.ts', import.meta.url), { type: 'module' }),
    input,
    async (value) => (await import('../model/align-logs')).alignLogs(value),
  );
