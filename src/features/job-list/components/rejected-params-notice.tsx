import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { RejectedParam } from '../model/jobs-search';
import styles from './rejected-params-notice.module.css';

/** Parts of the link that could not be used: say which, why, and what is shown instead. */
export function RejectedParamsNotice({ rejected, onDismiss }: { rejected: RejectedParam[]; onDismiss: () => void }) {
  if (rejected.length === 0) return null;
  return (
    <Alert
      severity="warning"
      className={styles.notice}
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
