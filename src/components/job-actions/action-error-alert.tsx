import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { OutcomeUnknownAlert } from '@/components/feedback/outcome-unknown-alert';
import { describeActionError } from './action-error';

interface ActionErrorAlertProps {
  error: unknown;
  /** What was attempted, as a verb phrase: "execute ingest-sales". */
  action: string;
}

/** A failed job action, next to the action, in plain words. */
export function ActionErrorAlert({ error, action }: ActionErrorAlertProps) {
  if (isOutcomeUnknown(error)) return <OutcomeUnknownAlert error={error} />;
  const { title, detail } = describeActionError(error, action);
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      <AlertTitle>{title}</AlertTitle>
      {detail}
    </Alert>
  );
}
