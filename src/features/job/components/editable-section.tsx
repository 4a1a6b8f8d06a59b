import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { type FormEvent, type ReactNode, useRef } from 'react';
import type { DataJob } from '@/api/types';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { useWriteAccess } from '@/components/permissions/use-write-access';
import type { EditorLinkTarget } from '../hooks/use-editor-link';
import { useLinkedEditor } from '../hooks/use-linked-editor';
import type { SectionEditor } from '../hooks/use-job-section-editor';
import { saveFailureTitle } from '../model/save-failure';
import { ConflictAlert } from './conflict-alert';
import { SectionCard } from './section-card';

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
  /** Set while the URL links to this editor: it opens, with focus in it. */
  link?: EditorLinkTarget;
}

/** A card of the overview with its own Edit → Save / Cancel, its error and its conflict next to it. */
export function EditableSection<T>({ title, job, editor, view, form, canSave, hint, link }: EditableSectionProps<T>) {
  const sectionRef = useRef<HTMLElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const canEdit = useWriteAccess(editor.ref.team).reason === undefined;
  useLinkedEditor({ link, editor, job, canEdit, section: sectionRef, form: formRef });
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canSave) editor.save();
  };
  return (
    <SectionCard
      ref={sectionRef}
      title={title}
      team={editor.ref.team}
      hint={hint}
      onEdit={editor.isEditing ? undefined : () => editor.start(job)}
    >
      {editor.isEditing ? (
        <Box
          ref={formRef}
          component="form"
          noValidate
          onSubmit={handleSubmit}
          aria-label={`Edit ${title.toLowerCase()}`}
        >
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
    </SectionCard>
  );
}
