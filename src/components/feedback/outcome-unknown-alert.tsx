import type { WriteOutcomeUnknownError } from '@/api/write-outcome';
import { Alert } from '@/components/ui/alert';
import { Text } from '@/components/ui/text';
import { CopyButton } from './copy-button';
import styles from './feedback.module.css';

/**
 * A write nobody can vouch for: its answer was lost and reading back failed too. Says so, says how
 * to check, and deliberately offers no Retry: trying again could do the thing twice.
 */
export function OutcomeUnknownAlert({ error }: { error: WriteOutcomeUnknownError }) {
  return (
    <Alert
      severity="warning"
      title="Not known whether it worked"
      action={<CopyButton text={error.toReport()} label="Copy details" />}
    >
      <Text variant="body2">{error.message}</Text>
      <Text variant="body2" className={styles.more}>
        <strong>How to check:</strong> {error.howToCheck}
      </Text>
      {error.failure.opId && (
        <Text variant="caption" as="p" className={styles.more}>
          Op id {error.failure.opId}
        </Text>
      )}
    </Alert>
  );
}
