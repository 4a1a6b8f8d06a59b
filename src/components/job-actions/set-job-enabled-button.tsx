import PauseCircleOutlineIcon from '@mui/icons-material/PauseCircleOutlined';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutlined';
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
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import type { JobRef } from '@/api/types';
import { describeActionError } from './action-error';
import { useSetJobEnabled } from './use-job-actions';

export interface SetJobEnabledButtonProps {
  job: JobRef;
  /** The deployment's current state; the button offers the other one. */
  enabled: boolean;
  /** An icon button for table rows instead of a text button. */
  compact?: boolean;
  onChanged?: (enabled: boolean) => void;
}

const CONSEQUENCE = {
  enable:
    'Enabling means the job will be executed on its schedule again, starting with its next scheduled time. Nothing runs right away.',
  disable:
    'Disabling means the job will no longer be executed on its schedule. An execution that is running now continues, and you can still execute the job manually.',
};

/** Enable or Disable the job's schedule, after a confirmation that states the consequence. */
export function SetJobEnabledButton({ job, enabled, compact = false, onChanged }: SetJobEnabledButtonProps) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const label = enabled ? 'Disable' : 'Enable';
  const Icon = enabled ? PauseCircleOutlineIcon : PlayCircleOutlineIcon;
  const trigger = compact ? (
    <Tooltip title={`${label} the schedule`}>
      <IconButton size="small" aria-label={`${label}: ${job.job}`} onClick={() => setOpen(true)}>
        <Icon fontSize="small" />
      </IconButton>
    </Tooltip>
  ) : (
    <Button variant="outlined" startIcon={<Icon />} onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
  return (
    <>
      {trigger}
      {open && (
        <SetJobEnabledDialog
          job={job}
          enable={!enabled}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setDone(`${job.job} is ${enabled ? 'disabled' : 'enabled'}.`);
            onChanged?.(!enabled);
          }}
        />
      )}
      <Snackbar open={done !== null} autoHideDuration={6000} onClose={() => setDone(null)} message={done ?? ''} />
    </>
  );
}

interface SetJobEnabledDialogProps {
  job: JobRef;
  enable: boolean;
  onClose: () => void;
  onDone: () => void;
}

function SetJobEnabledDialog({ job, enable, onClose, onDone }: SetJobEnabledDialogProps) {
  const setEnabled = useSetJobEnabled(job);
  const titleId = useId();
  const verb = enable ? 'enable' : 'disable';
  const error = setEnabled.error ? describeActionError(setEnabled.error, `${verb} ${job.job}`) : undefined;
  return (
    <Dialog open onClose={setEnabled.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm">
      <DialogTitle id={titleId}>
        {enable ? 'Enable' : 'Disable'} {job.job}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{enable ? CONSEQUENCE.enable : CONSEQUENCE.disable}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            <AlertTitle>{error.title}</AlertTitle>
            {error.detail}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={setEnabled.isPending}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={enable ? 'primary' : 'warning'}
          disabled={setEnabled.isPending}
          onClick={() => setEnabled.mutate({ enabled: enable }, { onSuccess: onDone })}
        >
          {setEnabled.isPending ? 'Saving…' : enable ? 'Enable' : 'Disable'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
