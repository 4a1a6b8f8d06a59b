import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import type { JobRef } from '@/api/types';
import { useDraft } from '@/components/forms/use-draft';
import {
  diffObjects,
  objectFromRows,
  reapplyChanges,
  rowsFromObject,
  validateRows,
  type KeyValueRow,
} from '../model/key-values';
import { keyValueQuery, useSaveJobKeyValues, type KeyValueStore } from './use-job-key-values';

interface KeyValueDraft {
  /** The stored object when editing started. */
  base: Record<string, unknown>;
  rows: KeyValueRow[];
}

type DraftState = ReturnType<typeof useDraft<KeyValueDraft | null>>;

/**
 * Property drafts survive a re-login (sessionStorage). Secret values are never written to browser
 * storage: their draft lives in memory only, and a reload asks for them again.
 */
function useEditorDraft(key: string, store: KeyValueStore): DraftState {
  const persisted = useDraft<KeyValueDraft | null>(store === 'secrets' ? `${key}:unused` : key, null);
  const [memory, setMemory] = useState<KeyValueDraft | null>(null);
  if (store !== 'secrets') return persisted;
  return [memory, setMemory, () => undefined, false];
}

/**
 * Editing properties or secrets: rows as typed (kept as a draft), validation, the diff to review, and
 * a save that first re-reads the store so someone else's change is never replaced without being seen.
 */
export function useKeyValueEditor(ref: JobRef, store: KeyValueStore) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [draft, setDraft, clearDraft, restored] = useEditorDraft(`job:${ref.team}/${ref.job}:${store}`, store);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [isChecking, setIsChecking] = useState(false);
  const mutation = useSaveJobKeyValues(ref, store);

  const problems = validateRows(draft?.rows ?? []);
  const next = draft && problems.size === 0 ? objectFromRows(draft.rows) : undefined;
  const changes = draft && next ? diffObjects(draft.base, next) : [];

  const close = () => {
    setDraft(null);
    clearDraft();
    setConflict(null);
    setCheckError(null);
    mutation.reset();
  };

  // A store that stopped being configured mid-edit reads as empty; the save then reports the service's 501.
  const readCurrent = async () =>
    (await queryClient.fetchQuery({ ...keyValueQuery(client, ref, store), staleTime: 0 })) ?? {};

  const save = async () => {
    if (!draft || !next) return;
    setCheckError(null);
    setIsChecking(true);
    try {
      const current = await readCurrent();
      if (diffObjects(draft.base, current).length > 0) {
        setConflict(current);
        return;
      }
    } catch (error) {
      setCheckError(error);
      return;
    } finally {
      setIsChecking(false);
    }
    mutation.mutate(next, { onSuccess: close });
  };

  return {
    isEditing: draft !== null,
    isRestored: restored && draft !== null,
    rows: draft?.rows ?? [],
    problems,
    changes,
    start: (stored: Record<string, unknown>) => setDraft({ base: stored, rows: rowsFromObject(stored) }),
    setRows: (rows: KeyValueRow[]) => setDraft((previous) => (previous ? { ...previous, rows } : previous)),
    cancel: close,
    save: () => void save(),
    /** The store as someone else left it, when a save found it changed since editing started. */
    conflict,
    theirChanges: draft && conflict ? diffObjects(draft.base, conflict) : [],
    /** Puts this user's edits on top of the other version; the result is shown for review again. */
    reapply: () => {
      if (!draft || !conflict || !next) return;
      setDraft({ base: conflict, rows: rowsFromObject(reapplyChanges(draft.base, next, conflict)) });
      setConflict(null);
    },
    isSaving: isChecking || mutation.isPending,
    error: checkError ?? mutation.error,
  };
}

export type KeyValueEditor = ReturnType<typeof useKeyValueEditor>;
