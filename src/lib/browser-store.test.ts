import { indexedDB as fakeIndexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserStore } from './browser-store';

describe('createBrowserStore', () => {
  // Stubbed per test rather than installed (fake-indexeddb/auto): the app project's files share one window, where
  // the others run without IndexedDB, as jsdom has none.
  beforeEach(() => vi.stubGlobal('indexedDB', fakeIndexedDB));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps values in IndexedDB, where another page of the same browser reads them', async () => {
    const store = createBrowserStore('test-db-1');
    await store.set('a', { x: 1 });
    await store.update<number[]>('list', (list = []) => [...list, 1]);
    await store.update<number[]>('list', (list = []) => [...list, 2]);
    const again = createBrowserStore('test-db-1');
    expect(await again.get('a')).toEqual({ x: 1 });
    expect(await again.get('list')).toEqual([1, 2]);
    expect(again.isPersistent()).toBe(true);
  });

  it('keeps working in memory, and says so, when IndexedDB refuses (private mode, full disk)', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission', 'SecurityError');
    });
    const store = createBrowserStore('test-db-2');
    await store.set('a', 1);
    await store.update<number>('a', (value = 0) => value + 1);
    expect(await store.get('a')).toBe(2);
    expect(store.isPersistent()).toBe(false);
    open.mockRestore();
  });
});
