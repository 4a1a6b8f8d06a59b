import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps once-per-page state: each test starts from a fresh copy.
async function freshWatch() {
  vi.resetModules();
  const { afterFirstContent, holdFirstContent, watchFirstContent } = await import('./after-first-content');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const task = vi.fn();
  const stop = watchFirstContent(queryClient);
  afterFirstContent(task);
  return { queryClient, task, stop, afterFirstContent, holdFirstContent };
}

/** Past the frame, the timer and the idle callback that `markFirstContent` waits for. */
const afterIdle = () => vi.advanceTimersByTimeAsync(3_100);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('optional code waits for the first content', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not load while the page still waits for data, and loads once every query has answered', async () => {
    const { queryClient, task } = await freshWatch();
    const jobs = deferred<string[]>();
    const teams = deferred<string[]>();
    const jobsQuery = queryClient.fetchQuery({ queryKey: ['jobs'], queryFn: () => jobs.promise });
    const teamsQuery = queryClient.fetchQuery({ queryKey: ['teams'], queryFn: () => teams.promise });
    await afterIdle();
    expect(task).not.toHaveBeenCalled();

    teams.resolve(['a']);
    await teamsQuery;
    await afterIdle();
    expect(task).not.toHaveBeenCalled();

    jobs.resolve(['job']);
    await jobsQuery;
    await afterIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('counts a failed answer as content: its error message is what the page shows', async () => {
    const { queryClient, task } = await freshWatch();
    await expect(
      queryClient.fetchQuery({ queryKey: ['jobs'], queryFn: () => Promise.reject(new Error('503')) }),
    ).rejects.toThrow('503');
    await afterIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('loads at the first press when the user acts before any data', async () => {
    const { task } = await freshWatch();
    await afterIdle();
    expect(task).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    await afterIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs what is asked for later at once (when idle), and each task once', async () => {
    const { task, afterFirstContent } = await freshWatch();
    afterFirstContent(task);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await afterIdle();
    const later = vi.fn();
    afterFirstContent(later);
    await afterIdle();
    expect(task).toHaveBeenCalledOnce();
    expect(later).toHaveBeenCalledOnce();
  });

  it('waits while a page holds its first content back, until every hold is released', async () => {
    const { queryClient, task, holdFirstContent } = await freshWatch();
    const releaseList = holdFirstContent();
    await queryClient.fetchQuery({ queryKey: ['failures'], queryFn: () => Promise.resolve([]) });
    await afterIdle();
    expect(task).not.toHaveBeenCalled();

    // One part of the page releases its hold as another takes one, in one render: nothing runs in between.
    releaseList();
    const releaseCards = holdFirstContent();
    releaseList();
    await afterIdle();
    expect(task).not.toHaveBeenCalled();

    releaseCards();
    await afterIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('stops watching when the app unmounts', async () => {
    const { task, stop } = await freshWatch();
    stop();
    window.dispatchEvent(new Event('pointerdown'));
    await afterIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
