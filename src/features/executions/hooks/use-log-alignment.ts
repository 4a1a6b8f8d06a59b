import { useQuery } from '@tanstack/react-query';
import type { ExecutionRef } from '@/api/types';
import { runAlignLogs } from '../worker/run-align-logs';

interface AlignedLog {
  ref: ExecutionRef;
  lines: string[] | undefined;
  /** When these lines were read: the alignment is redone when either log changes. */
  updatedAt: number;
}

/** Two logs aligned in a worker; waits until both are loaded and not empty. */
export function useLogAlignment(a: AlignedLog, b: AlignedLog) {
  const ready = !!a.lines?.length && !!b.lines?.length;
  // The lines are too large for a key; the refs and read times change exactly when they do.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: ['log-alignment', a.ref, a.updatedAt, b.ref, b.updatedAt],
    queryFn: () =>
      runAlignLogs({
        a: { lines: a.lines!, executionId: a.ref.executionId },
        b: { lines: b.lines!, executionId: b.ref.executionId },
      }),
    enabled: ready,
    staleTime: Infinity,
    gcTime: 0,
  });
}
