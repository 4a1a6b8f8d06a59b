import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { JobRef } from '@/api/types';
import { paths } from '@/lib/paths';
import { describeActionError } from './action-error';
import { parseArguments } from './parse-arguments';
import { useStartExecution } from './use-job-actions';

export interface ExecuteJobButtonProps {
  job: JobRef;
  /** Why the job cannot run now (e.g. it is not deployed): the button is disabled and says so. */
  disabledReason?: string;
  /** Offer an arguments editor in the confirmation (the job page). Without it the run gets no arguments. */
  withArguments?: boolean;
  /** Prefills the arguments editor, e.g. to re-run with the arguments of an earlier execution. */
  initialArguments?: Record<string, unknown>;
  /** An icon button for table rows instead of a text button. */
  compact?: boolean;
  onStarted?: (executionId: string | undefined) => void;
}

/**
 * "Execute now": confirms with what will happen, starts one execution, and links to it. A 409 (an
 * execution is already submitted or running) and a 403 are shown in the dialog, which stays open.
 */
export function ExecuteJobButton({
  job,
  disabledReason,
  withArguments = false,
  initialArguments,
  compact = false,
  onStarted,
}: ExecuteJobButtonProps) {
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<{ id: string | undefined } | null>(null);
  const label = 'Execute now';
  const tooltip = disabledReason ?? label;
  const trigger = compact ? (
    <IconButton
      size="small"
      aria-label={`${label}: ${job.job}`}
      disabled={!!disabledReason}
      onClick={() => setOpen(true)}
    >
      <PlayArrowIcon fontSize="small" />
    </IconButton>
  ) : (
    <Button variant="outlined" startIcon={<PlayArrowIcon />} disabled={!!disabledReason} onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
  return (
    <>
      <Tooltip title={tooltip}>
        {/* A disabled button gets no pointer events: the span keeps the reason reachable. */}
        <span>{trigger}</span>
      </Tooltip>
      {open && (
        <ExecuteJobDialog
          job={job}
          withArguments={withArguments}
          initialArguments={initialArguments}
          onClose={() => setOpen(false)}
          onStarted={(id) => {
            setOpen(false);
            setStarted({ id });
            onStarted?.(id);
          }}
        />
      )}
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
    </>
  );
}

interface ExecuteJobDialogProps {
  job: JobRef;
  withArguments: boolean;
  initialArguments?: Record<string, unknown>;
  onClose: () => void;
  onStarted: (executionId: string | undefined) => void;
}

function ExecuteJobDialog({ job, withArguments, initialArguments, onClose, onStarted }: ExecuteJobDialogProps) {
  const start = useStartExecution(job);
  const titleId = useId();
  const [argumentsText, setArgumentsText] = useState(() =>
    initialArguments ? JSON.stringify(initialArguments, null, 2) : '',
  );
  const parsed = parseArguments(argumentsText);
  const error = start.error ? describeActionError(start.error, `execute ${job.job}`, 'start') : undefined;

  const handleConfirm = () => {
    if (!parsed.ok) return;
    start.mutate(parsed.value, { onSuccess: onStarted });
  };

  return (
    <Dialog open onClose={start.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Execute {job.job} now?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          This starts one execution of the deployed version right away, outside the schedule. The Control Service
          refuses if an execution of this job is already submitted or running.
        </DialogContentText>
        {withArguments && (
          <TextField
            label="Arguments (JSON object, optional)"
            value={argumentsText}
            onChange={(event) => setArgumentsText(event.target.value)}
            error={!parsed.ok}
            helperText={parsed.ok ? 'Passed to the job as its arguments (vdk run --arguments).' : parsed.reason}
            multiline
            minRows={3}
            fullWidth
            margin="normal"
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            <AlertTitle>{error.title}</AlertTitle>
            {error.detail}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={start.isPending}>
          Cancel
        </Button>
        <Button variant="contained" onClick={handleConfirm} disabled={start.isPending || !parsed.ok}>
          {start.isPending ? 'Starting…' : 'Execute now'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
