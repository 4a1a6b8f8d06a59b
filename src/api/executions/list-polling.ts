import { listPollInterval, oldestActiveStart } from '../polling';
import type { ExecutionsPage } from '../types';
import { isActive } from '@/lib/execution-status';

interface ListQueryState {
  state: { data: ExecutionsPage | undefined; fetchFailureCount: number };
}

/**
 * `refetchInterval` for a page of executions (a job's history, the runs page): often while a row on it is submitted
 * or running, and every 15 × base when none is, so runs started elsewhere appear.
 */
export const executionsPageRefetchInterval = (baseMs: number) => (query: ListQueryState) => {
  const rows = query.state.data?.content ?? [];
  const activeSince = oldestActiveStart(
    rows.map((row) => ({ active: isActive(row?.status), startTime: row?.startTime })),
  );
  return listPollInterval({ activeSince, baseMs, failures: query.state.fetchFailureCount });
};
