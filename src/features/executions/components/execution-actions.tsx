import ReplayIcon from '@mui/icons-material/Replay';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DataJobExecution, ExecutionRef } from '@/api/types';
import { CancelExecutionButton } from '@/components/execution/cancel-execution-button';
import { ExecuteWithArgsDialog } from '@/components/execute-with-args/execute-with-args-dialog';
import { CopyButton } from '@/components/feedback/copy-button';
import { ReasonHint } from '@/components/permissions/reason-hint';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import { paths } from '@/lib/paths';

interface ExecutionActionsProps {
  executionRef: ExecutionRef;
  execution: DataJobExecution;
  args: Record<string, unknown> | undefined;
  supportReport: string;
}

/** Cancel (while submitted or running), re-run with the same arguments, and a support report. */
export function ExecutionActions({ executionRef, execution, args, supportReport }: ExecutionActionsProps) {
  const navigate = useNavigate();
  const [isRerunOpen, setIsRerunOpen] = useState(false);
  const jobRef = { team: executionRef.team, job: executionRef.job };
  const { reason } = useWriteAccess(executionRef.team);

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label="Execution actions">
      <CancelExecutionButton executionRef={executionRef} status={execution.status} variant="page" />
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
              it was not started from this browser. It may have run without arguments; add them below if it had any.
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
