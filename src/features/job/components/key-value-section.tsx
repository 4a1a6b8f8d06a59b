import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { JobRef } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { useJobKeyValues, type KeyValueStore } from '../hooks/use-job-key-values';
import { useKeyValueEditor, type KeyValueEditor } from '../hooks/use-key-value-editor';
import { saveFailureTitle } from '../model/save-failure';
import { ChangesList } from './changes-list';
import { KeyValueRows } from './key-value-rows';
import { KeyValueTable } from './key-value-table';
import { SectionCard } from './section-card';
import { countOf } from '@/lib/words';

const TEXT = {
  properties: {
    title: 'Properties',
    noun: { one: 'property', other: 'properties' },
    hint: 'State the job reads and writes at run time (job_input.get_property). Saving replaces all properties.',
  },
  secrets: {
    title: 'Secrets',
    noun: { one: 'secret', other: 'secrets' },
    hint: 'Like properties, but stored in Vault and never shown here. Saving replaces all secrets.',
  },
} as const;

function reviewLabel(editor: KeyValueEditor): string {
  if (editor.isSaving) return 'Saving…';
  if (editor.problems.size > 0) return 'Review changes';
  const count = editor.changes.length;
  if (count === 0) return 'No changes';
  return `Review ${countOf(count, 'change')}`;
}

function ReviewDialog({
  editor,
  store,
  onClose,
}: {
  editor: KeyValueEditor;
  store: KeyValueStore;
  onClose: () => void;
}) {
  const { title, noun } = TEXT[store];
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${store}-review-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${store}-review-title`}>Save {title.toLowerCase()}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The stored {title.toLowerCase()} are replaced by this list of {countOf(editor.rows.length, noun)}. Changes:
        </DialogContentText>
        <ChangesList
          changes={editor.changes}
          hideValues={store === 'secrets'}
          label={`Changes to ${title.toLowerCase()}`}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Back to editing</Button>
        <Button
          variant="contained"
          onClick={() => {
            editor.save();
            onClose();
          }}
        >
          Save {title.toLowerCase()}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function KeyValueForm({ editor, store, team }: { editor: KeyValueEditor; store: KeyValueStore; team: string }) {
  const [isReviewing, setIsReviewing] = useState(false);
  const [showValues, setShowValues] = useState(false);
  const { title, noun } = TEXT[store];
  const isSecrets = store === 'secrets';
  return (
    <Stack spacing={2}>
      {editor.isRestored && (
        <Alert severity="info" role="status">
          Restored your unsaved edits from earlier.
        </Alert>
      )}
      {isSecrets && (
        <FormControlLabel
          control={<Switch checked={showValues} onChange={(e) => setShowValues(e.target.checked)} />}
          label="Show values"
        />
      )}
      <KeyValueRows
        rows={editor.rows}
        problems={editor.problems}
        onChange={editor.setRows}
        hideValues={isSecrets && !showValues}
        noun={noun}
      />
      {editor.conflict && (
        <Alert severity="warning" role="alert">
          <AlertTitle>Not saved: the {title.toLowerCase()} were changed by someone else</AlertTitle>
          Their changes since you started editing:
          <ChangesList changes={editor.theirChanges} hideValues={isSecrets} label="Changes made by someone else" />
          <Stack direction="row" spacing={1}>
            <Button variant="contained" size="small" onClick={editor.reapply}>
              Apply my edits to the latest version
            </Button>
            <Button size="small" color="inherit" onClick={editor.cancel}>
              Discard my edits
            </Button>
          </Stack>
        </Alert>
      )}
      {editor.error !== null && editor.error !== undefined && (
        <ApiErrorAlert error={editor.error} title={saveFailureTitle(editor.error, title.toLowerCase(), team)} />
      )}
      {editor.problems.size > 0 && (
        <Typography role="status" color="error" variant="body2">
          Fix the marked fields to save.
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          disabled={
            editor.problems.size > 0 || editor.changes.length === 0 || editor.isSaving || editor.conflict !== null
          }
          onClick={() => setIsReviewing(true)}
        >
          {reviewLabel(editor)}
        </Button>
        <Button onClick={editor.cancel} disabled={editor.isSaving}>
          Cancel
        </Button>
      </Stack>
      {isReviewing && <ReviewDialog editor={editor} store={store} onClose={() => setIsReviewing(false)} />}
    </Stack>
  );
}

/** Properties or secrets of a job: read view, in-place editor with validation and review, and the 501 state. */
export function KeyValueSection({ jobRef, store }: { jobRef: JobRef; store: KeyValueStore }) {
  const query = useJobKeyValues(jobRef, store);
  const editor = useKeyValueEditor(jobRef, store);
  const { title, hint } = TEXT[store];
  const values = query.data;

  const body = () => {
    if (editor.isEditing) return <KeyValueForm editor={editor} store={store} team={jobRef.team} />;
    if (query.data === null) {
      return (
        <Alert severity="info" role="status">
          Secrets are not configured on this Control Service (it answered 501 Not Implemented). Ask its administrators
          to enable the Vault integration.
        </Alert>
      );
    }
    if (query.isPending)
      return (
        <Skeleton variant="rounded" height={64} role="progressbar" aria-label={`Loading ${title.toLowerCase()}`} />
      );
    if (query.isError) {
      return (
        <ApiErrorAlert
          error={query.error}
          title={`Could not load the ${title.toLowerCase()}`}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      );
    }
    return <KeyValueTable values={query.data} hideValues={store === 'secrets'} label={title} />;
  };

  return (
    <SectionCard
      title={title}
      team={jobRef.team}
      hint={hint}
      onEdit={!editor.isEditing && values ? () => editor.start(values) : undefined}
    >
      {body()}
    </SectionCard>
  );
}
