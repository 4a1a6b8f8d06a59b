import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { BulkCancelDialog } from './bulk-cancel-dialog';

/** What the service answers a cancel (docs/api-reference.md §4.5): 200, or 400 when the run is no longer active. */
const NOT_ACTIVE = {
  what: 'Specified data job execution is not in running or submitted state.',
  why: 'The execution has finished.',
  consequences: 'It cannot be cancelled.',
  countermeasures: 'None.',
};
const deleted: string[] = [];
const server = setupServer(
  http.delete('*/data-jobs/for-team/:team/jobs/:job/executions/:id', ({ params }) => {
    deleted.push(String(params.id));
    return params.id === 'b-2'
      ? HttpResponse.json(NOT_ACTIVE, { status: 400 })
      : params.id === 'c-3'
        ? HttpResponse.json({ ...NOT_ACTIVE, what: 'Forbidden' }, { status: 403 })
        : new HttpResponse(null, { status: 200 });
  }),
  // The read-back after a 400 (was it this request's first copy that cancelled it?): it finished on its own.
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions/:id', ({ params }) =>
    HttpResponse.json({ id: params.id, job_name: params.job, status: 'succeeded' }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  deleted.length = 0;
});
afterAll(() => server.close());

const refs = [
  { team: 'analytics', job: 'a', executionId: 'a-1' },
  { team: 'analytics', job: 'b', executionId: 'b-2' },
  { team: 'analytics', job: 'c', executionId: 'c-3' },
];

describe('BulkCancelDialog', { timeout: 30_000 }, () => {
  it('asks once listing every run, then reports each outcome on its own', async () => {
    const onDone = vi.fn();
    const { user } = renderWithProviders(<BulkCancelDialog refs={refs} onClose={() => undefined} onDone={onDone} />);
    const dialog = await screen.findByRole('dialog', { name: 'Cancel 3 executions?' });
    const list = within(dialog).getByRole('list', { name: 'Executions to cancel' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a-1 (a)', 'b-2 (b)', 'c-3 (c)']);
    expect(deleted).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel 3 executions' }));
    const outcomes = await screen.findByRole('list', { name: 'Outcome per execution' }, { timeout: 10_000 });
    const [first, second, third] = within(outcomes).getAllByRole('listitem');
    expect(first).toHaveTextContent('a-1 (a)Cancelled');
    expect(second).toHaveTextContent('Had already finished: nothing to cancel');
    expect(third).toHaveTextContent(/Not cancelled: Forbidden/);
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 cancelled, 1 had already finished, 1 not cancelled or not known.',
    );
    expect(deleted.sort()).toEqual(['a-1', 'b-2', 'c-3']);

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDone).toHaveBeenCalledOnce();
  });
});
