import { useState } from 'react';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { isApiError } from '@/api/errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Text } from '@/components/ui/text';
import { CopyButton } from './copy-button';
import styles from './feedback.module.css';
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
      title={title}
      action={
        <div className={styles.alertActions}>
          {onRetry && (
            <Button color="inherit" size="small" onClick={onRetry} disabled={isRetrying}>
              {isRetrying ? 'Retrying…' : 'Retry'}
            </Button>
          )}
          <CopyButton text={report} label="Copy details" onCopyFailed={() => setShowDetails(true)} />
        </div>
      }
    >
      <Text variant="body2">{errorMessage(error)}</Text>
      {api?.why && (
        <Text variant="body2" className={styles.more}>
          <strong>Why:</strong> {api.why}
        </Text>
      )}
      {api?.consequences && (
        <Text variant="body2" className={styles.more}>
          <strong>Consequences:</strong> {api.consequences}
        </Text>
      )}
      {api?.countermeasures && (
        <Text variant="body2" className={styles.more}>
          <strong>What you can do:</strong> {api.countermeasures}
        </Text>
      )}
      {facts.length > 0 && (
        <Text variant="caption" as="p" className={styles.more}>
          {facts.join(' · ')}
        </Text>
      )}
      <details
        open={showDetails}
        onToggle={(event) => setShowDetails(event.currentTarget.open)}
        className={styles.details}
      >
        <summary className={styles.summary}>Details</summary>
        <pre className={styles.report}>{report}</pre>
      </details>
    </Alert>
  );
}
