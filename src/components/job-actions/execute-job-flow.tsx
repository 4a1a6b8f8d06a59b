import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { isApiError } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { ConfirmDialog } from '@/components/feedback/confirm-dialog';
import { MuiScope } from '@/components/theme/mui-scope';
import { paths } from '@/lib/paths';
import { ActionErrorAlert } from './action-error-alert';
import { AlreadyRunningAlert } from './already-running-alert';
import { useStartExecution } from '@/components/execute-with-args/use-start-execution';

export interface ExecuteJobFlowProps {
  job: JobRef;
  args?: Record<string, unknown>;
  open: boolean;
  onClose: () => void;
  onStarted?: (executionId: string | undefined) => void;
}

/**
 * The confirmation and its outcome, loaded on first use (dialogs and snackbars stay off the first
 * route). A 409 (already submitted or running) or a 403 stays in the dialog, said plainly.
 */
export default function ExecuteJobFlow({ job, args, open, onClose, onStarted }: ExecuteJobFlowProps) {
  const start = useStartExecution(job);
  const [started, setStarted] = useState<{ id: string | undefined } | null>(null);
  const close = () => {
    onClose();
    start.reset();
  };
  // In the theme of the colour mode: the pages that show the button (the job list, the job's header) draw without MUI,
  // and the theme loads with this flow rather than with them.
  return (
    <MuiScope>
      <ConfirmDialog
        open={open}
        title={`Execute ${job.job} now?`}
        consequence={
          <>
            One execution of the deployed version starts right away, outside the schedule
            {args ? ', with the arguments below' : ''}. The Control Service refuses if an execution of this job is
            already submitted or running.
            {args && (
              <Box
                component="pre"
                sx={{ mt: 1, mb: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, overflow: 'auto' }}
              >
                {JSON.stringify(args, null, 2)}
              </Box>
            )}
          </>
        }
        confirmLabel="Execute now"
        cancelLabel="Cancel"
        isPending={start.isPending}
        isConfirmBlocked={isOutcomeUnknown(start.error)}
        error={
          isApiError(start.error) && start.error.status === 409 ? (
            <AlreadyRunningAlert job={job} error={start.error} onNavigate={close} />
          ) : start.error ? (
            <ActionErrorAlert error={start.error} action={`execute ${job.job}`} />
          ) : null
        }
        onClose={close}
        onConfirm={() =>
          start.mutate(args, {
            onSuccess: (id) => {
              close();
              setStarted({ id });
              onStarted?.(id);
            },
          })
        }
      />
      <Snackbar
        open={started !== null}
        autoHideDuration={8000}
        onClose={() => setStarted(null)}
        message={`Execution of ${job.job} started.`}
        action={
          started?.id ? (
            <Button
              color="inherit"
              size="small"
              component={RouterLink}
              to={paths.execution({ ...job, executionId: started.id })}
            >
              View execution
            </Button>
          ) : undefined
        }
      />
    </MuiScope>
  );
}
