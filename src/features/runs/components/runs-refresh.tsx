import { listRefreshLabel } from '@/api/polling';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useConfig } from '@/config/config-context';

interface RefreshableQuery {
  dataUpdatedAt: number;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/** "Updated 12 s ago · refreshes every 30 s · Refresh" for the runs page's views. */
export function RunsRefresh({ query, hasActive }: { query: RefreshableQuery; hasActive: boolean }) {
  const { pollIntervalMs } = useConfig();
  return (
    <RefreshIndicator
      updatedAt={query.dataUpdatedAt}
      isFetching={query.isFetching}
      onRefresh={() => void query.refetch()}
      autoRefreshLabel={listRefreshLabel(hasActive, pollIntervalMs)}
    />
  );
}
