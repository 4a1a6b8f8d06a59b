import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { RejectedParam } from '@/lib/search-params';

/** Params of the link that were not understood and are ignored, with a way to drop them from the URL. */
export function RejectedParamsAlert({ rejected, onDrop }: { rejected: RejectedParam[]; onDrop: () => void }) {
  if (rejected.length === 0) return null;
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={onDrop}>
          Remove from the link
        </Button>
      }
    >
      Some parts of the link were not understood and are ignored:{' '}
      {rejected.map(({ name, value }) => `${name}=${value}`).join(', ')}.
    </Alert>
  );
}
