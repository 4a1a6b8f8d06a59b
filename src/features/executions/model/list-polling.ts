import { oldestActiveStart, pollInterval } from '@/api/polling';
import type { ExecutionsPage } from '@/api/types';
import { isActive } from '@/lib/execution-status';

interface ListQueryState {
  state: { data: ExecutionsPage | undefined; fetchFailureCount: number };
}

/** `refetchInterval` for an executions page: polls while a row on it is submitted or running. */
export const listRefetchInterval = (baseMs: number) => (query: ListQueryState) => {
  const rows = query.state.data?.content ?? [];
  const activeSince = oldestActiveStart(
    rows.map((row) => ({ active: isActive(row?.status), startTime: row?.startTime })),
  );
  return pollInterval({ activeSince, baseMs, failures: query.state.fetchFailureCount });
};
