import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isOutcomeUnknown } from '@/api/write-outcome';
import { isApiError } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { ArgumentPresetsPanel } from './argument-presets-panel';
import { argumentsText, parseArguments } from './parse-arguments';
import { useStartExecution } from './use-start-execution';

export interface ExecuteWithArgsDialogProps {
  job: JobRef;
  open: boolean;
  onClose: () => void;
  /** Prefilled arguments, e.g. those of the run being repeated. */
  initialArgs?: Record<string, unknown>;
  title?: string;
  /** Extra context above the editor (e.g. why the arguments of a run are unknown). */
  note?: ReactNode;
  /** Keeps unsent text per page and purpose across a re-login or reload (default "execute-args"). */
  draftKey?: string;
  /** Called with the new execution's id once the service accepted the run. */
  onStarted?: (executionId: string | undefined) => void;
}

/**
 * "Execute now with arguments": a JSON object editor validated before anything is sent.
 * The dialog stays open with the text intact when the service refuses (409 already running,
 * 404 not deployed…), and shows the service's own explanation.
 */
export function ExecuteWithArgsDialog(props: ExecuteWithArgsDialogProps) {
  // Remount per opening so the editor starts from the caller's arguments each time.
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({
  job,
  onClose,
  initialArgs,
  title,
  note,
  draftKey = 'execute-args',
  onStarted,
}: ExecuteWithArgsDialogProps) {
  const [text, setText, clearDraft, isRestored] = useDraft(draftKey, argumentsText(initialArgs));
  const [isTouched, setIsTouched] = useState(isRestored);
  const start = useStartExecution(job);
  const parsed = parseArguments(text);
  const showInvalid = isTouched && !parsed.ok;
  const titleId = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setIsTouched(true);
    if (!parsed.ok || start.isPending || isOutcomeUnknown(start.error)) return;
    start.mutate(parsed.args, {
      onSuccess: (executionId) => {
        clearDraft();
        onStarted?.(executionId);
      },
    });
  };

  const handleFormat = () => {
    if (parsed.ok) setText(argumentsText(parsed.args));
  };

  return (
    <Dialog open onClose={start.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title ?? 'Execute now with arguments'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              Starts <strong>{job.job}</strong> now with its deployed version. The job reads the arguments with{' '}
              <code>job_input.get_arguments()</code>. Leave empty to run without arguments.
            </DialogContentText>
            {note}
            {isRestored && <Alert severity="info">Restored the arguments you had not sent yet.</Alert>}
            <TextField
              label="Arguments (JSON object)"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setIsTouched(true);
              }}
              multiline
              minRows={6}
              maxRows={18}
              fullWidth
              placeholder={'{\n  "date": "2026-11-27",\n  "full_reload": false\n}'}
              error={showInvalid}
              helperText={showInvalid && !parsed.ok ? parsed.message : 'A JSON object, e.g. {"date": "2026-11-27"}'}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
            />
            <ArgumentPresetsPanel
              job={job}
              current={parsed.ok ? parsed.args : undefined}
              onPick={(args) => {
                setText(argumentsText(args));
                setIsTouched(true);
              }}
            />
            {start.isError && <StartError error={start.error} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={handleFormat} disabled={!parsed.ok || text.trim() === ''}>
            Format
          </Button>
          <Button
            onClick={() => {
              // An explicit Cancel discards the text; closing by Escape or outside keeps it as a draft.
              clearDraft();
              onClose();
            }}
            disabled={start.isPending}
          >
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={start.isPending || showInvalid || isOutcomeUnknown(start.error)}
          >
            {start.isPending ? 'Starting…' : 'Execute'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function StartError({ error }: { error: unknown }) {
  const status = isApiError(error) ? error.status : undefined;
  return (
    <Stack spacing={1}>
      {status === 409 && (
        <Alert severity="info">
          VDK runs one execution of a job at a time. Wait for the current one to finish, or cancel it, then try again.
        </Alert>
      )}
      <ApiErrorAlert error={error} title="The execution was not started" />
    </Stack>
  );
}
