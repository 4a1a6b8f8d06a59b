import { useCallback, useState } from 'react';
import { draftKey, readDraft, removeDraft, writeDraft } from '@/lib/drafts';

/**
 * Like useState for a form's values, kept as a draft of this page (`location.pathname` + `key`)
 * so a forced re-login or a reload loses nothing typed.
 * Returns `[value, setValue, clear, restored]`: call `clear()` after a successful save; `restored`
 * is true when the value came back from an earlier visit (say so to the user).
 */
export function useDraft<T>(
  key: string,
  initial: T,
): [T, (next: T | ((previous: T) => T)) => void, () => void, boolean] {
  const [storageKey] = useState(() => draftKey(window.location.pathname, key));
  const [state, setState] = useState(() => {
    const saved = readDraft<T>(storageKey);
    return saved.found ? { value: saved.value, restored: true } : { value: initial, restored: false };
  });
  const [initialValue] = useState(initial);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) =>
      setState((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous.value) : next;
        writeDraft(storageKey, value, initialValue);
        return { value, restored: previous.restored };
      }),
    [storageKey, initialValue],
  );

  const clear = useCallback(() => {
    removeDraft(storageKey);
    setState((previous) => ({ value: previous.value, restored: false }));
  }, [storageKey]);

  return [state.value, setValue, clear, state.restored];
}
