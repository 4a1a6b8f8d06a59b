import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { ExecuteJobButton } from './execute-job-button';
import { SetJobEnabledButton } from './set-job-enabled-button';

/**
 * Job actions whose answer is lost (the connection drops after the service acted): the dashboard
 * reads back before it says anything, and never sends the write a second time by itself.
 */
const JOB = { team: 'analytics', job: 'ingest-sales' };
let starts = 0;
let lastOpId: string | null = null;
/** What reading the job's executions back answers; by default the run this request started. */
let executions: () => Response = () =>
  HttpResponse.json([
    { id: 'ingest-sales-100', op_id: 'an-earlier-request', status: 'succeeded' },
    { id: 'ingest-sales-200', op_id: lastOpId, status: 'submitted', started_by: 'manual/vdk-dashboard/me' },
  ]);

const server = setupServer(
  http.post('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/executions', ({ request }) => {
    starts += 1;
    lastOpId = request.headers.get('X-OPID');
    return HttpResponse.error();
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions', () => executions()),
  http.patch('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep', () => HttpResponse.error()),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep', () =>
    HttpResponse.json({ id: 'default', enabled: false }),
  ),
  http.get('*/data-jobs/for-team/:team/jobs', () => HttpResponse.json({ data: { content: [], totalItems: 0 } })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  starts = 0;
  lastOpId = null;
  executions = () =>
    HttpResponse.json([
      { id: 'ingest-sales-100', op_id: 'an-earlier-request', status: 'succeeded' },
      { id: 'ingest-sales-200', op_id: lastOpId, status: 'submitted', started_by: 'manual/vdk-dashboard/me' },
    ]);
});
afterAll(() => server.close());

const DIALOG = { timeout: 10_000 };

async function executeNow() {
  const rendered = renderWithProviders(<ExecuteJobButton job={JOB} />);
  await rendered.user.click(screen.getByRole('button', { name: 'Execute now' }));
  const dialog = await screen.findByRole('dialog', { name: 'Execute ingest-sales now?' }, DIALOG);
  await rendered.user.click(within(dialog).getByRole('button', { name: 'Execute now' }));
  return { ...rendered, dialog };
}

describe('Execute now when the answer is lost', { timeout: 30_000 }, () => {
  it('shows the run the service did start, found by the request’s op id, and starts no other', async () => {
    await executeNow();
    expect(await screen.findByText('Execution of ingest-sales started.', {}, DIALOG)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'View execution' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/ingest-sales/executions/ingest-sales-200',
    );
    expect(starts).toBe(1);
  });

  it('says it did not start and leaves trying again to the user when no run carries the op id', async () => {
    executions = () =>
      HttpResponse.json([{ id: 'ingest-sales-100', op_id: 'an-earlier-request', status: 'succeeded' }]);
    const { dialog } = await executeNow();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not execute ingest-sales.');
    expect(alert).toHaveTextContent('starting ingest-sales did not take effect, so trying again is safe');
    expect(within(dialog).getByRole('button', { name: 'Execute now' })).toBeEnabled();
    expect(starts).toBe(1);
  });

  it('says the outcome is unknown and how to check, with no way to send it again, when the read-back fails', async () => {
    executions = () => HttpResponse.error();
    const { dialog } = await executeNow();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not known whether it worked');
    expect(alert).toHaveTextContent('it is not known whether starting ingest-sales took effect');
    expect(alert).toHaveTextContent("How to check: Open the job's Executions");
    expect(within(dialog).getByRole('button', { name: 'Execute now' })).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: /retry/i })).not.toBeInTheDocument();
    expect(starts).toBe(1);
  });
});

describe('Disable when the answer is lost', { timeout: 30_000 }, () => {
  it('reports the job disabled when the deployment reads back disabled', async () => {
    const { user } = renderWithProviders(<SetJobEnabledButton job={JOB} enabled />);
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable ingest-sales?' }, DIALOG);
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('ingest-sales is disabled.', {}, DIALOG)).toBeInTheDocument();
  });
});
