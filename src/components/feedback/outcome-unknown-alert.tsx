import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { WriteOutcomeUnknownError } from '@/api/write-outcome';
import { CopyButton } from './copy-button';

/**
 * A write nobody can vouch for: its answer was lost and reading back failed too. Says so, says how
 * to check, and deliberately offers no Retry: trying again could do the thing twice.
 */
export function OutcomeUnknownAlert({ error }: { error: WriteOutcomeUnknownError }) {
  return (
    <Alert severity="warning" action={<CopyButton text={error.toReport()} label="Copy details" />}>
      <AlertTitle>Not known whether it worked</AlertTitle>
      <Typography variant="body2">{error.message}</Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        <strong>How to check:</strong> {error.howToCheck}
      </Typography>
      {error.failure.opId && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          Op id {error.failure.opId}
        </Typography>
      )}
    </Alert>
  );
}
