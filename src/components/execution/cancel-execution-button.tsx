import CancelIcon from '@mui/icons-material/Cancel';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { ExecutionRef } from '@/api/types';
import { isActive } from '@/lib/execution-status';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { CANCEL_CONSEQUENCE, isAlreadyFinished } from './cancel-outcome';
import { useCancelExecution } from './use-cancel-execution';

interface CancelExecutionButtonProps {
  executionRef: ExecutionRef;
  /** The execution's current status: the button shows while it is submitted or running. */
  status: string | null | undefined;
  /** `row`: a small button in a table row, named after the execution; `page`: the execution page's action. */
  variant?: 'row' | 'page';
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

/**
 * Cancels one submitted or running execution after a confirmation: the same control on the execution page, in a
 * job's history and on the runs page. The button shows while the execution is active; the dialog stays when the
 * execution ends meanwhile, to say so. For a team the user is not in, the button is disabled with the reason.
 */
export function CancelExecutionButton(props: CancelExecutionButtonProps) {
  // Most rows are finished runs: they render nothing, not a mutation and a closed dialog each (a page of rows paid
  // for 25 of them). Once the dialog has opened it stays mounted, to tell how it ended and to close gracefully.
  const [engaged, setEngaged] = useState(false);
  if (!engaged && !isActive(props.status)) return null;
  return <CancelControl {...props} onEngage={() => setEngaged(true)} />;
}

function CancelControl({
  executionRef,
  status,
  variant = 'row',
  onEngage,
}: CancelExecutionButtonProps & { onEngage: () => void }) {
  const cancel = useCancelExecution(executionRef);
  const [isConfirming, setIsConfirming] = useState(false);
  const { reason } = useWriteAccess(executionRef.team);
  const open = () => {
    cancel.reset();
    setIsConfirming(true);
    onEngage();
  };
  return (
    <>
      {isActive(status) && (
        <ReasonHint reason={reason}>
          <Button
            color="error"
            startIcon={<CancelIcon />}
            disabled={reason !== undefined}
            onClick={open}
            {...(variant === 'page'
              ? { variant: 'outlined' }
              : { size: 'small', 'aria-label': `Cancel execution ${executionRef.executionId}` })}
          >
            {variant === 'page' ? 'Cancel execution' : 'Cancel'}
          </Button>
        </ReasonHint>
      )}
      <ConfirmDialog
        open={isConfirming}
        title={`Cancel execution ${executionRef.executionId}?`}
        consequence={CANCEL_CONSEQUENCE}
        confirmLabel="Cancel execution"
        cancelLabel="Keep running"
        isDestructive
        isPending={cancel.isPending}
        error={cancel.isError ? <CancelError error={cancel.error} /> : undefined}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setIsConfirming(false) })}
        onClose={() => setIsConfirming(false)}
      />
    </>
  );
}
