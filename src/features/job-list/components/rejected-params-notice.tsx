import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { RejectedParam } from '../model/jobs-search';

/** Parts of the link that could not be used: say which, why, and what is shown instead. */
export function RejectedParamsNotice({ rejected, onDismiss }: { rejected: RejectedParam[]; onDismiss: () => void }) {
  if (rejected.length === 0) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          Remove from link
        </Button>
      }
    >
      Some settings in this link were ignored and their defaults are shown instead:{' '}
      {rejected.map((param, index) => (
        <span key={param.param}>
          {index > 0 && '; '}
          <code>
            {param.param}={param.value}
          </code>{' '}
          (expected {param.reason})
        </span>
      ))}
      .
    </Alert>
  );
}
