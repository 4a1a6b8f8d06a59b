import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../client';
import type { GraphqlExecutionStatus } from '../types';
import { outcomeCountsQuery, type OutcomeCountsParams } from './outcome-counts';

const BASE = 'http://cs.test';
const client = createApiClient({ baseUrl: BASE });

/** Every request the client sends, held open until the test answers it (or its signal aborts it). */
let sent: { request: Request; answer: (totalItems: number) => void }[] = [];
beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', (request: Request) => {
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
      const answer = (totalItems: number) =>
        resolve(Response.json({ data: { content: [{ id: 'x' }], totalItems } }, { headers: { 'X-OPID': 'test' } }));
      sent.push({ request, answer });
    });
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The window and statuses a count request asks about. */
function askedOf(request: Request): { from: string; statuses: GraphqlExecutionStatus[] } {
  const variables = JSON.parse(new URL(request.url).searchParams.get('variables')!) as {
    filter: { startTimeGte: string; statusIn: GraphqlExecutionStatus[] };
  };
  return { from: variables.filter.startTimeGte, statuses: variables.filter.statusIn };
}

const hours = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const from = new Date(Date.UTC(2026, 11, 2, index));
    return { from: from.toISOString(), to: new Date(from.getTime() + 3_599_999).toISOString(), isSettled: true };
  });
const GROUPS: GraphqlExecutionStatus[][] = [['SUCCEEDED'], ['USER_ERROR'], ['CANCELLED', 'SKIPPED']];

/** "Success over time" as its card reads it: one observer of the outcome counts, gone when the card unmounts. */
function renderCounts(queryClient: QueryClient, params: OutcomeCountsParams) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useQuery(outcomeCountsQuery(client, queryClient, params, 'analytics')), {
    wrapper,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('outcome counts', () => {
  it('keeps four counts in flight, newest window first, and answers counts[window][group] as they come', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const windows = hours(3);
    const { result } = renderCounts(queryClient, { team: 'analytics', windows, groups: GROUPS });
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.map(({ request }) => askedOf(request).from)).toEqual([
      windows[2]!.from,
      windows[2]!.from,
      windows[2]!.from,
      windows[1]!.from,
    ]);
    for (let answered = 0; answered < windows.length * GROUPS.length; answered += 1) {
      await waitFor(() => expect(sent.length).toBeGreaterThan(answered));
      await settle();
      expect(sent.length - answered).toBeLessThanOrEqual(4);
      const { request, answer } = sent[answered]!;
      const { from, statuses } = askedOf(request);
      // Window index × 10 + group index, so the answer shows where each count landed.
      answer(
        windows.findIndex((window) => window.from === from) * 10 +
          GROUPS.findIndex((group) => group.join() === statuses.join()),
      );
      // The first answer is data at once: the chart need not wait for the other eight.
      if (answered === 0) {
        await waitFor(() => expect(result.current.data?.counted).toBe(1));
        expect(result.current.data?.counts).toEqual([
          [undefined, undefined, undefined],
          [undefined, undefined, undefined],
          [20, undefined, undefined],
        ]);
        expect(result.current.isFetching).toBe(true);
      }
    }
    await waitFor(() =>
      expect(result.current.data).toEqual({
        windows: windows.map(({ from }) => from),
        counts: [
          [0, 1, 2],
          [10, 11, 12],
          [20, 21, 22],
        ],
        counted: 9,
      }),
    );
    expect(result.current.isFetching).toBe(false);
  });

  it('counts a settled window it has in the cache first, and keeps the last full set while it asks again', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const [older, newer] = hours(2);
    // Four groups: the new window's counts alone would take every request slot.
    const groups = [...GROUPS, ['RUNNING' as const]];
    const first = renderCounts(queryClient, { team: 'analytics', windows: [older!], groups });
    await waitFor(() => expect(sent).toHaveLength(4));
    sent.forEach(({ answer }, index) => answer(index));
    await waitFor(() => expect(first.result.current.data?.counted).toBe(4));
    first.unmount();
    // The next hour: the settled window's bar is drawn from the cache at once, while the new one is asked.
    const { result } = renderCounts(queryClient, {
      team: 'analytics',
      windows: [older!, { ...newer!, isSettled: false }],
      groups,
    });
    await waitFor(() => expect(result.current.data?.counted).toBe(4));
    expect(result.current.data?.counts[0]).toEqual([0, 1, 2, 3]);
    await waitFor(() => expect(sent).toHaveLength(8));
    sent.slice(4).forEach(({ answer }) => answer(7));
    await waitFor(() => expect(result.current.data?.counted).toBe(8));
    // A refresh asks the open window again; the chart keeps its counts until the new answers are all in.
    void result.current.refetch();
    await waitFor(() => expect(sent).toHaveLength(12));
    sent.slice(8, 11).forEach(({ answer }) => answer(8));
    await settle();
    expect(result.current.data?.counts[1]).toEqual([7, 7, 7, 7]);
    sent[11]!.answer(8);
    await waitFor(() => expect(result.current.data?.counts[1]).toEqual([8, 8, 8, 8]));
  });

  it('leaving the home aborts the counts in flight and sends no more', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { unmount } = renderCounts(queryClient, { team: 'analytics', windows: hours(24), groups: GROUPS });
    await waitFor(() => expect(sent).toHaveLength(4));
    unmount();
    expect(sent.map(({ request }) => request.signal.aborted)).toEqual([true, true, true, true]);
    await settle();
    expect(sent).toHaveLength(4);
  });

  it('asks again for a count it shared with a chart that was left, and still answers', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const [first, second] = hours(2);
    const groups = [GROUPS[0]!];
    const left = renderCounts(queryClient, { team: 'analytics', windows: [first!], groups });
    await waitFor(() => expect(sent).toHaveLength(1));
    // A chart over both windows joins the first window's request…
    const { result } = renderCounts(queryClient, { team: 'analytics', windows: [first!, second!], groups });
    await waitFor(() => expect(sent).toHaveLength(2));
    // …which is cancelled when the first chart goes: it is asked again.
    left.unmount();
    expect(sent[0]!.request.signal.aborted).toBe(true);
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(askedOf(sent[2]!.request).from).toBe(first!.from);
    sent[1]!.answer(2);
    sent[2]!.answer(1);
    await waitFor(() => expect(result.current.data?.counts).toEqual([[1], [2]]));
  });
});
