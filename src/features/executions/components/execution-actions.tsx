import CancelIcon from '@mui/icons-material/Cancel';
import ReplayIcon from '@mui/icons-material/Replay';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/errors';
import type { DataJobExecution, ExecutionRef } from '@/api/types';
import { ExecuteWithArgsDialog } from '@/components/execute-with-args/execute-with-args-dialog';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { CopyButton } from '@/components/feedback/copy-button';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { isActive } from '@/lib/execution-status';
import { paths } from '@/lib/paths';
import { useCancelExecution } from '../hooks/use-cancel-execution';

interface ExecutionActionsProps {
  executionRef: ExecutionRef;
  execution: DataJobExecution;
  args: Record<string, unknown> | undefined;
  supportReport: string;
}

function CancelError({ error }: { error: unknown }) {
  if (isApiError(error) && error.status === 400) {
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        It had already finished: the Control Service only cancels executions that are submitted or running. The page now
        shows how it ended.
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} title="The execution was not cancelled" />;
}

/** Cancel (while submitted or running), re-run with the same arguments, and a support report. */
export function ExecutionActions({ executionRef, execution, args, supportReport }: ExecutionActionsProps) {
  const navigate = useNavigate();
  const cancel = useCancelExecution(executionRef);
  const [isConfirmingCancel, setIsConfirmingCancel] = useState(false);
  const [isRerunOpen, setIsRerunOpen] = useState(false);
  const jobRef = { team: executionRef.team, job: executionRef.job };
  const canCancel = isActive(execution.status);
  const { reason } = useWriteAccess(executionRef.team);

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label="Execution actions">
      {canCancel && (
        <ReasonHint reason={reason}>
          <Button
            variant="outlined"
            color="error"
            startIcon={<CancelIcon />}
            disabled={reason !== undefined}
            onClick={() => {
              cancel.reset();
              setIsConfirmingCancel(true);
            }}
          >
            Cancel execution
          </Button>
        </ReasonHint>
      )}
      <ReasonHint reason={reason}>
        <Button
          variant="outlined"
          startIcon={<ReplayIcon />}
          disabled={reason !== undefined}
          onClick={() => setIsRerunOpen(true)}
        >
          Re-run with the same arguments
        </Button>
      </ReasonHint>
      <CopyButton text={supportReport} label="Copy details" />
      <ConfirmDialog
        open={isConfirmingCancel}
        title={`Cancel execution ${executionRef.executionId}?`}
        consequence={
          <>
            The Control Service stops the execution’s pod and marks it Cancelled. Work the job already did (rows
            written, tables changed) is not rolled back.
          </>
        }
        confirmLabel="Cancel execution"
        cancelLabel="Keep running"
        isDestructive
        isPending={cancel.isPending}
        error={cancel.isError ? <CancelError error={cancel.error} /> : undefined}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setIsConfirmingCancel(false) })}
        onClose={() => setIsConfirmingCancel(false)}
      />
      <ExecuteWithArgsDialog
        job={jobRef}
        open={isRerunOpen}
        onClose={() => setIsRerunOpen(false)}
        initialArgs={args}
        draftKey={`rerun-args:${executionRef.executionId}`}
        title="Re-run with the same arguments"
        note={
          args ? undefined : (
            <Alert severity="info">
              The arguments of {executionRef.executionId} are not known: the Control Service does not report them, and
              it was not started from this browser tab. It may have run without arguments; add them below if it had any.
            </Alert>
          )
        }
        onStarted={(executionId) => {
          setIsRerunOpen(false);
          if (executionId) void navigate(paths.execution({ ...jobRef, executionId }));
        }}
      />
    </Stack>
  );
}
