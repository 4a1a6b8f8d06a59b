import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { EditConflictError, jobMutations } from '@/api/jobs/mutations';
import type { DataJob, JobRef } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';

interface SectionDraft<T> {
  /** The job as it was when editing started: the save sends it back with the edit applied. */
  base: DataJob;
  value: T;
}

export interface SectionEditorOptions<T> {
  ref: JobRef;
  /** Names the draft; unique per section. */
  section: string;
  /** The section's editable value, read from a job. */
  read: (job: DataJob) => T;
  /** The whole job with the section's value put in (the PUT replaces the whole job). */
  apply: (job: DataJob, value: T) => DataJob;
  /** After a successful save, with the job as sent and as it was before. */
  onSaved?: (saved: DataJob, before: DataJob) => void;
}

/**
 * One in-place editable part of a job. The edit starts from the job as read, is kept as a draft
 * (a re-login or reload loses nothing), and is saved as that job plus the edit. When someone else
 * changed the job meanwhile, the save is refused (`EditConflictError`): the edit stays, their
 * version is shown, and the user chooses to apply the edit on top of it or to drop it.
 */
export function useJobSectionEditor<T>({ ref, section, read, apply, onSaved }: SectionEditorOptions<T>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [draft, setDraft, clearDraft, restored] = useDraft<SectionDraft<T> | null>(
    `job:${ref.team}/${ref.job}:${section}`,
    null,
  );
  const [conflict, setConflict] = useState<DataJob | null>(null);
  const mutation = useMutation(jobMutations.update(client, queryClient, ref));

  const close = () => {
    setDraft(null);
    clearDraft();
    setConflict(null);
    mutation.reset();
  };

  const send = (base: DataJob, value: T) => {
    setConflict(null);
    mutation.mutate(
      { original: base, next: apply(base, value) },
      {
        onSuccess: (saved) => {
          close();
          onSaved?.(saved, base);
        },
        onError: (error) => {
          if (error instanceof EditConflictError) setConflict(error.current);
        },
      },
    );
  };

  return {
    /** The job this editor saves. */
    ref,
    isEditing: draft !== null,
    /** The draft came back from an earlier visit (e.g. before a re-login). */
    isRestored: restored && draft !== null,
    base: draft?.base,
    value: draft?.value,
    start: (job: DataJob) => setDraft({ base: job, value: read(job) }),
    change: (value: T) => setDraft((previous) => (previous ? { ...previous, value } : previous)),
    cancel: close,
    save: () => {
      if (draft) send(draft.base, draft.value);
    },
    /** The job as someone else left it, when the last save was refused because of their change. */
    conflict,
    /** Puts the edit on top of the other person's version and saves that. */
    reapply: () => {
      if (!draft || !conflict) return;
      setDraft({ base: conflict, value: draft.value });
      send(conflict, draft.value);
    },
    isSaving: mutation.isPending,
    /** A failure other than a conflict; the draft is kept. */
    error: mutation.error instanceof EditConflictError ? null : mutation.error,
  };
}

export type SectionEditor<T> = ReturnType<typeof useJobSectionEditor<T>>;
