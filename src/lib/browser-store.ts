import { createStore, get, set, update, type UseStore } from 'idb-keyval';

/**
 * What the dashboard keeps in this browser beyond a tab (argument presets, failure signatures read from logs),
 * in IndexedDB. IndexedDB can be missing or refuse (private mode, a full disk, a blocked origin): the store
 * then keeps values in memory for this page, says so through `isPersistent()`, and never throws, so the
 * features built on it keep working for the visit.
 */
export interface BrowserStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads, changes and writes one value in one transaction. */
  update<T>(key: string, change: (value: T | undefined) => T): Promise<void>;
  /** False once IndexedDB was found missing or failed: values last only as long as the page. */
  isPersistent(): boolean;
}

export function createBrowserStore(database = 'vdk-dashboard', table = 'kv'): BrowserStore {
  const memory = new Map<string, unknown>();
  let idb: UseStore | undefined;
  let persistent = typeof indexedDB !== 'undefined';
  const store = () => (idb ??= createStore(database, table));

  /** Runs against IndexedDB while it works; from its first failure on, against memory. */
  async function attempt<T>(onDisk: (use: UseStore) => Promise<T>, inMemory: () => T): Promise<T> {
    if (persistent) {
      try {
        return await onDisk(store());
      } catch {
        persistent = false;
      }
    }
    return inMemory();
  }

  return {
    get: <T>(key: string) =>
      attempt(
        (use) => get<T>(key, use),
        () => memory.get(key) as T | undefined,
      ),
    set: (key, value) =>
      attempt(
        (use) => set(key, value, use),
        () => void memory.set(key, value),
      ),
    update: <T>(key: string, change: (value: T | undefined) => T) =>
      attempt(
        (use) => update<T>(key, change, use),
        () => void memory.set(key, change(memory.get(key) as T | undefined)),
      ),
    isPersistent: () => persistent,
  };
}

/** The app's one store. */
export const browserStore = createBrowserStore();
