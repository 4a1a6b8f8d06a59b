import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpIcon from '@mui/icons-material/Help';
import InfoIcon from '@mui/icons-material/Info';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { executionMutations, type CancelOutcome } from '@/api/executions/mutations';
import type { ExecutionRef } from '@/api/types';
import { CANCEL_CONSEQUENCE, isAlreadyFinished } from '@/components/execution/cancel-outcome';
import { countOf } from '@/lib/words';

interface BulkCancelDialogProps {
  /** The executions to cancel; the dialog is open while this is non-empty. */
  refs: ExecutionRef[];
  onClose: () => void;
  /** After the attempt, whatever each outcome: the selection is spent. */
  onDone: () => void;
}

function describeOutcome({ error }: CancelOutcome): {
  icon: ReactNode;
  text: string;
} {
  if (error === undefined) return { icon: <CheckCircleIcon color="success" />, text: 'Cancelled' };
  if (isAlreadyFinished(error)) {
    return {
      icon: <InfoIcon color="info" />,
      text: 'Had already finished: nothing to cancel',
    };
  }
  if (isOutcomeUnknown(error)) {
    return {
      icon: <HelpIcon color="warning" />,
      text: `Not known whether it was cancelled. ${error.howToCheck}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    icon: <ErrorIcon color="error" />,
    text: `Not cancelled: ${message}`,
  };
}

const label = (ref: ExecutionRef) => `${ref.executionId} (${ref.job})`;

/** One confirmation listing every execution, then one line per execution saying how its cancel ended. */
export function BulkCancelDialog({ refs, onClose, onDone }: BulkCancelDialogProps) {
  const titleId = useId();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const cancel = useMutation(executionMutations.cancelMany(client, queryClient));
  const outcomes = cancel.data;
  const count = refs.length;
  const runs = countOf(count, 'execution');
  const close = () => {
    if (cancel.isPending) return;
    if (outcomes) onDone();
    cancel.reset();
    onClose();
  };

  return (
    <Dialog open={count > 0} onClose={close} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{outcomes ? `Outcome of cancelling ${runs}` : `Cancel ${runs}?`}</DialogTitle>
      <DialogContent>
        {!outcomes && <DialogContentText>{CANCEL_CONSEQUENCE}</DialogContentText>}
        <List dense aria-label={outcomes ? 'Outcome per execution' : `Executions to cancel`}>
          {outcomes
            ? outcomes.map((outcome) => {
                const { icon, text } = describeOutcome(outcome);
                return (
                  <ListItem key={outcome.ref.executionId} disableGutters>
                    <ListItemIcon sx={{ minWidth: 36 }} aria-hidden>
                      {icon}
                    </ListItemIcon>
                    <ListItemText primary={label(outcome.ref)} secondary={text} />
                  </ListItem>
                );
              })
            : refs.map((ref) => (
                <ListItem key={ref.executionId} disableGutters>
                  <ListItemText primary={label(ref)} />
                </ListItem>
              ))}
        </List>
        {outcomes && (
          <Box component="p" sx={{ typography: 'body2', m: 0 }} role="status">
            {summary(outcomes)}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        {outcomes ? (
          <Button variant="contained" onClick={close}>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={close} disabled={cancel.isPending}>
              Keep running
            </Button>
            <Button variant="contained" color="error" disabled={cancel.isPending} onClick={() => cancel.mutate(refs)}>
              {cancel.isPending ? `Cancelling ${runs}…` : `Cancel ${runs}`}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function summary(outcomes: CancelOutcome[]): string {
  const cancelled = outcomes.filter((outcome) => outcome.error === undefined).length;
  const finished = outcomes.filter((outcome) => isAlreadyFinished(outcome.error)).length;
  const other = outcomes.length - cancelled - finished;
  return [
    `${cancelled} cancelled`,
    finished > 0 ? `${finished} had already finished` : undefined,
    other > 0 ? `${other} not cancelled or not known` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
    .concat('.');
}
