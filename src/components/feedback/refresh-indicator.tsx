import { usePageAction } from '@/components/page-actions/page-actions-context';
import { useNow } from '@/components/time/use-now';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { RefreshIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { formatRelative } from '@/lib/time';
import styles from './feedback.module.css';

interface RefreshIndicatorProps {
  /** `dataUpdatedAt` of the query (epoch ms; 0 = never). */
  updatedAt: number;
  isFetching: boolean;
  onRefresh: () => void;
  /** Says that the page refreshes itself, e.g. "every 5 s while jobs run". */
  autoRefreshLabel?: string;
}

/** "Updated 12 s ago · Refresh": how fresh the data is, and a way to make it fresher. */
export function RefreshIndicator({ updatedAt, isFetching, onRefresh, autoRefreshLabel }: RefreshIndicatorProps) {
  const now = useNow(1000);
  usePageAction({ label: 'Refresh', run: onRefresh });
  const age =
    updatedAt > 0 ? (now.getTime() - updatedAt < 5000 ? 'just now' : formatRelative(updatedAt, now)) : undefined;
  return (
    <div className={styles.refresh}>
      <Text variant="body2" color="text.secondary" aria-live="polite" aria-atomic>
        {isFetching ? 'Updating…' : age ? `Updated ${age}` : 'Not loaded yet'}
        {autoRefreshLabel && !isFetching ? ` · refreshes ${autoRefreshLabel}` : ''}
      </Text>
      <Button size="small" startIcon={<Icon icon={RefreshIcon} />} onClick={onRefresh} disabled={isFetching}>
        Refresh
      </Button>
    </div>
  );
}
