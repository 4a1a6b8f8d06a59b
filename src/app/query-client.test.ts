import { focusManager, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/errors';
import { createQueryClient } from './query-client';

const retry = createQueryClient().getDefaultOptions().queries?.retry as (count: number, error: unknown) => boolean;

describe('query client', () => {
  it('retries reads that failed for reasons a retry can fix', () => {
    expect(retry(0, new ApiError({ kind: 'network' }))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'timeout' }))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'http', status: 503 }))).toBe(true);
  });

  it('does not retry answers that will not change', () => {
    for (const status of [400, 401, 403, 404, 409]) {
      expect(retry(0, new ApiError({ kind: 'http', status }))).toBe(false);
    }
    expect(retry(0, new Error('a bug in our code'))).toBe(false);
  });

  it('gives up after two retries', () => {
    expect(retry(2, new ApiError({ kind: 'network' }))).toBe(false);
  });

  it('never retries mutations: starting a job twice is not harmless', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });

  it('asks again for what a page shows when the tab regains focus, once it is older than the stale time', async () => {
    vi.useFakeTimers();
    try {
      const queryFn = vi.fn(() => Promise.resolve(['a run']));
      // Mounted, as QueryClientProvider mounts it: it then listens for focus.
      const client = createQueryClient();
      client.mount();
      const observer = new QueryObserver(client, { queryKey: ['runs'], queryFn });
      const unsubscribe = observer.subscribe(() => undefined);
      await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(1));
      // The client handles focus a task later, after resuming paused writes.
      const refocus = async () => {
        focusManager.setFocused(false);
        focusManager.setFocused(true);
        await vi.advanceTimersByTimeAsync(1);
      };
      await refocus();
      expect(queryFn).toHaveBeenCalledTimes(1);
      // A run started from the CLI while the user was in another tab appears when they come back.
      vi.advanceTimersByTime(10_000);
      await refocus();
      expect(queryFn).toHaveBeenCalledTimes(2);
      unsubscribe();
      client.unmount();
    } finally {
      focusManager.setFocused(undefined);
      vi.useRealTimers();
    }
  });
});
