import RefreshIcon from '@mui/icons-material/Refresh';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePageAction } from '@/components/page-actions/page-actions-context';
import { useNow } from '@/components/time/use-now';
import { formatRelative } from '@/lib/time';

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
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary" aria-live="polite" aria-atomic>
        {isFetching ? 'Updating…' : age ? `Updated ${age}` : 'Not loaded yet'}
        {autoRefreshLabel && !isFetching ? ` · refreshes ${autoRefreshLabel}` : ''}
      </Typography>
      <Button size="small" startIcon={<RefreshIcon />} onClick={onRefresh} disabled={isFetching}>
        Refresh
      </Button>
    </Stack>
  );
}
