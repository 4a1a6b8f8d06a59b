import { useCallback, useState } from 'react';

/**
 * Unsaved form input kept in sessionStorage per route, so a forced re-login (or a reload) loses
 * nothing typed. Only this tab sees it, and it ends with the tab or on sign-out.
 */
const PREFIX = 'vdk-dashboard.draft:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function read<T>(storageKey: string): { found: true; value: T } | { found: false } {
  try {
    const raw = storage()?.getItem(storageKey);
    return raw == null ? { found: false } : { found: true, value: JSON.parse(raw) as T };
  } catch {
    return { found: false };
  }
}

function write(storageKey: string, value: unknown, initial: unknown): void {
  try {
    const json = JSON.stringify(value);
    // Back to the starting value: nothing unsaved to keep.
    if (json === JSON.stringify(initial)) remove(storageKey);
    else storage()?.setItem(storageKey, json);
  } catch {
    // Full or unavailable storage: the form still works, only the safety net is missing.
  }
}

function remove(storageKey: string): void {
  try {
    storage()?.removeItem(storageKey);
  } catch {
    // Nothing was stored then.
  }
}

/** Drops every draft; called on sign-out so the next person at this browser sees none of it. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
  for (const key of keys) if (key?.startsWith(PREFIX)) remove(key);
}

/**
 * Like useState for a form's values, kept as a draft of this page (`location.pathname` + `key`).
 * Returns `[value, setValue, clear, restored]`: call `clear()` after a successful save; `restored`
 * is true when the value came back from an earlier visit (say so to the user).
 */
export function useDraft<T>(
  key: string,
  initial: T,
): [T, (next: T | ((previous: T) => T)) => void, () => void, boolean] {
  const [storageKey] = useState(() => `${PREFIX}${window.location.pathname}:${key}`);
  const [state, setState] = useState(() => {
    const saved = read<T>(storageKey);
    return saved.found ? { value: saved.value, restored: true } : { value: initial, restored: false };
  });
  const [initialValue] = useState(initial);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) =>
      setState((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous.value) : next;
        write(storageKey, value, initialValue);
        return { value, restored: previous.restored };
      }),
    [storageKey, initialValue],
  );

  const clear = useCallback(() => {
    remove(storageKey);
    setState((previous) => ({ value: previous.value, restored: false }));
  }, [storageKey]);

  return [state.value, setValue, clear, state.restored];
}
