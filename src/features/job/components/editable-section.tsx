import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type FormEvent, type ReactNode } from 'react';
import type { DataJob } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import type { SectionEditor } from '../hooks/use-job-section-editor';
import { saveFailureTitle } from '../model/save-failure';
import { ConflictAlert } from './conflict-alert';

interface EditableSectionProps<T> {
  title: string;
  job: DataJob;
  editor: SectionEditor<T>;
  /** The section as it reads when not editing. */
  view: ReactNode;
  /** The fields, shown while editing. */
  form: ReactNode;
  /** False while the draft has a problem; the problem is shown by the form itself. */
  canSave: boolean;
  /** One-line hint under the title. */
  hint?: ReactNode;
}

/** A card of the overview with its own Edit → Save / Cancel, its error and its conflict next to it. */
export function EditableSection<T>({ title, job, editor, view, form, canSave, hint }: EditableSectionProps<T>) {
  const headingId = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) editor.save();
  };
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {!editor.isEditing && (
          <Button
            size="small"
            startIcon={<EditIcon />}
            onClick={() => editor.start(job)}
            aria-label={`Edit ${title.toLowerCase()}`}
          >
            Edit
          </Button>
        )}
      </Stack>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {hint}
        </Typography>
      )}
      {editor.isEditing ? (
        <Box component="form" noValidate onSubmit={handleSubmit} aria-label={`Edit ${title.toLowerCase()}`}>
          {editor.isRestored && (
            <Alert severity="info" role="status" sx={{ mb: 2 }}>
              Restored your unsaved edits from earlier.
            </Alert>
          )}
          {form}
          <Stack spacing={2} sx={{ mt: 2 }}>
            {editor.conflict && editor.base && (
              <ConflictAlert
                base={editor.base}
                current={editor.conflict}
                onReapply={editor.reapply}
                onDiscard={editor.cancel}
                isSaving={editor.isSaving}
              />
            )}
            {editor.error && (
              <ApiErrorAlert
                error={editor.error}
                title={saveFailureTitle(editor.error, title.toLowerCase(), editor.ref.team)}
              />
            )}
            <Stack direction="row" spacing={1}>
              <Button
                type="submit"
                variant="contained"
                disabled={!canSave || editor.isSaving || editor.conflict !== null}
              >
                {editor.isSaving ? 'Saving…' : 'Save'}
              </Button>
              <Button onClick={editor.cancel} disabled={editor.isSaving}>
                Cancel
              </Button>
            </Stack>
          </Stack>
        </Box>
      ) : (
        view
      )}
    </Paper>
  );
}
