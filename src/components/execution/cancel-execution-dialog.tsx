import Alert from '@mui/material/Alert';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { CANCEL_CONSEQUENCE, isAlreadyFinished } from './cancel-outcome';

export interface CancelExecutionDialogProps {
  executionId: string;
  open: boolean;
  isPending: boolean;
  /** The last attempt's error, said in the dialog. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

function CancelError({ error }: { error: unknown }) {
  if (isAlreadyFinished(error)) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        It had already finished: the Control Service only cancels executions that are submitted or running. The page now
        shows how it ended.
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} title="The execution was not cancelled" />;
}

/** The question before a cancel and its failure, loaded on the first press (MUI's dialog stays off the tables). */
export default function CancelExecutionDialog({ executionId, error, ...props }: CancelExecutionDialogProps) {
  return (
    <ConfirmDialog
      title={`Cancel execution ${executionId}?`}
      consequence={CANCEL_CONSEQUENCE}
      confirmLabel="Cancel execution"
      cancelLabel="Keep running"
      isDestructive
      error={error ? <CancelError error={error} /> : undefined}
      {...props}
    />
  );
}
