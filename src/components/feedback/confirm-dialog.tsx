import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { type ReactNode, useId, useState } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  /** The question, naming the thing: "Disable ingest-sales?" */
  title: string;
  /** What will happen if the user confirms: "It will not run on its schedule until enabled again." */
  consequence: ReactNode;
  /** Verb on the button: "Disable", "Cancel execution", "Delete job". */
  confirmLabel: string;
  cancelLabel?: string;
  /** For destructive actions: the user must type this (e.g. the job name) to enable the button. */
  typeToConfirm?: string;
  isDestructive?: boolean;
  /** Disables the buttons while the action runs; the dialog stays until the caller closes it. */
  isPending?: boolean;
  /** Shown inside the dialog, e.g. an ApiErrorAlert when the action failed. */
  error?: ReactNode;
  /** Keeps the confirm button off, e.g. while it is unknown whether the last attempt took effect. */
  isConfirmBlocked?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action with consequences, and says what they are. */
export function ConfirmDialog({
  open,
  title,
  consequence,
  confirmLabel,
  cancelLabel = 'Keep as is',
  typeToConfirm,
  isDestructive = false,
  isPending = false,
  error,
  isConfirmBlocked = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const [typed, setTyped] = useState('');
  const isConfirmable = typeToConfirm === undefined || typed === typeToConfirm;
  const handleClose = () => {
    if (isPending) return;
    setTyped('');
    onClose();
  };

  return (
    <Dialog open={open} onClose={handleClose} aria-labelledby={titleId} aria-describedby={descriptionId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId} component="div">
          {consequence}
        </DialogContentText>
        {typeToConfirm !== undefined && (
          <TextField
            fullWidth
            margin="normal"
            size="small"
            label={`Type “${typeToConfirm}” to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
          />
        )}
        {error}
      </DialogContent>
      <DialogActions>
        <Button onClick={handleClose} disabled={isPending}>
          {cancelLabel}
        </Button>
        <Button
          variant="contained"
          color={isDestructive ? 'error' : 'primary'}
          disabled={!isConfirmable || isPending || isConfirmBlocked}
          onClick={onConfirm}
        >
          {isPending ? `${confirmLabel}…` : confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
