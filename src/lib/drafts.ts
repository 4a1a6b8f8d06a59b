/**
 * Unsaved form input kept in sessionStorage per page, so a forced re-login (or a reload) loses
 * nothing typed. Only this tab sees it, and it ends with the tab or on sign-out. The form hook is
 * src/components/forms/use-draft.ts; sign-in and sign-out clear drafts through here.
 */
const PREFIX = 'vdk-dashboard.draft:';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Where a page's draft of one form is kept. */
export const draftKey = (pathname: string, key: string) => `${PREFIX}${pathname}:${key}`;

export function readDraft<T>(storageKey: string): { found: true; value: T } | { found: false } {
  try {
    const raw = storage()?.getItem(storageKey);
    return raw == null ? { found: false } : { found: true, value: JSON.parse(raw) as T };
  } catch {
    return { found: false };
  }
}

export function writeDraft(storageKey: string, value: unknown, initial: unknown): void {
  try {
    const json = JSON.stringify(value);
    // Back to the starting value: nothing unsaved to keep.
    if (json === JSON.stringify(initial)) removeDraft(storageKey);
    else storage()?.setItem(storageKey, json);
  } catch {
    // Full or unavailable storage: the form still works, only the safety net is missing.
  }
}

export function removeDraft(storageKey: string): void {
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
  for (const key of keys) if (key?.startsWith(PREFIX)) removeDraft(key);
}
