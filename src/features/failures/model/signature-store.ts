import type { BrowserStore } from '@/lib/browser-store';
import type { LogSignature } from './log-signature';

/**
 * Signatures read from logs, kept in the browser by execution id: a pod and its log are gone ten minutes
 * after a scheduled run, the signature stays. The newest KEPT_SIGNATURES are kept.
 */
const KEY = 'failure-log-signatures';
export const KEPT_SIGNATURES = 5000;

type Stored = Record<string, LogSignature & { savedAt: number }>;

export async function readSignatures(store: BrowserStore): Promise<Map<string, LogSignature>> {
  const stored = (await store.get<Stored>(KEY)) ?? {};
  return new Map(Object.entries(stored).map(([id, { step, error }]) => [id, step ? { step, error } : { error }]));
}

export async function saveSignature(store: BrowserStore, id: string, signature: LogSignature, now: number) {
  await store.update<Stored>(KEY, (stored = {}) => {
    const entries = Object.entries({ ...stored, [id]: { ...signature, savedAt: now } });
    entries.sort(([, a], [, b]) => b.savedAt - a.savedAt);
    return Object.fromEntries(entries.slice(0, KEPT_SIGNATURES));
  });
}
