import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { isApiError } from '@/api/errors';
import { CopyButton } from './copy-button';
import { OutcomeUnknownAlert } from './outcome-unknown-alert';

interface ApiErrorAlertProps {
  error: unknown;
  /** What failed, in the user's words: "Could not load the jobs". */
  title?: string;
  /** Shows a Retry button. */
  onRetry?: () => void;
  isRetrying?: boolean;
}

function errorReport(error: unknown): string {
  if (isApiError(error)) return error.toReport();
  if (error instanceof Error) return `Error: ${error.message}${error.stack ? `\n${error.stack}` : ''}`;
  return `Error: ${String(error)}`;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'An unexpected error occurred.';
}

/**
 * An API failure shown next to what failed: the service's own words (what / why / what to do),
 * the HTTP status and op id for support, Retry, and "Copy details" for a ready-to-paste report.
 * A write whose outcome is unknown is no failure to retry: it gets its own alert.
 */
export function ApiErrorAlert(props: ApiErrorAlertProps) {
  return isOutcomeUnknown(props.error) ? <OutcomeUnknownAlert error={props.error} /> : <FailureAlert {...props} />;
}

function FailureAlert({ error, title = 'Something went wrong', onRetry, isRetrying = false }: ApiErrorAlertProps) {
  const [showDetails, setShowDetails] = useState(false);
  const report = errorReport(error);
  const api = isApiError(error) ? error : undefined;
  const facts = [
    api?.status !== undefined ? `HTTP ${api.status}` : undefined,
    api?.opId ? `Op id ${api.opId}` : undefined,
  ].filter(Boolean);

  return (
    <Alert
      severity="error"
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {onRetry && (
            <Button color="inherit" size="small" onClick={onRetry} disabled={isRetrying}>
              {isRetrying ? 'Retrying…' : 'Retry'}
            </Button>
          )}
          <CopyButton text={report} label="Copy details" onCopyFailed={() => setShowDetails(true)} />
        </Stack>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2">{errorMessage(error)}</Typography>
      {api?.why && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <strong>Why:</strong> {api.why}
        </Typography>
      )}
      {api?.consequences && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <strong>Consequences:</strong> {api.consequences}
        </Typography>
      )}
      {api?.countermeasures && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          <strong>What you can do:</strong> {api.countermeasures}
        </Typography>
      )}
      {facts.length > 0 && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          {facts.join(' · ')}
        </Typography>
      )}
      <Box
        component="details"
        open={showDetails}
        onToggle={(event) => setShowDetails(event.currentTarget.open)}
        sx={{ mt: 1 }}
      >
        <Box component="summary" sx={{ cursor: 'pointer', typography: 'caption' }}>
          Details
        </Box>
        <Box
          component="pre"
          sx={{ m: 0, mt: 0.5, whiteSpace: 'pre-wrap', wordBreak: 'break-word', typography: 'caption' }}
        >
          {report}
        </Box>
      </Box>
    </Alert>
  );
}
