import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { ExecuteJobButton } from './execute-job-button';
import { SetJobEnabledButton } from './set-job-enabled-button';

/** The answers the real service gives for these actions (docs/api-reference.md §4.4, §5.2, §7.2). */
const JOB = { team: 'analytics', job: 'ingest-sales' };
const requests: { method: string; body: unknown }[] = [];
let answer: () => Response = () => new HttpResponse(null, { status: 202 });

const server = setupServer(
  http.post('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/executions', async ({ request }) => {
    requests.push({ method: 'POST', body: await request.json() });
    return answer();
  }),
  http.patch('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep', async ({ request }) => {
    requests.push({ method: 'PATCH', body: await request.json() });
    return answer();
  }),
  http.get('*/data-jobs/for-team/:team/jobs', () => HttpResponse.json({ data: { content: [], totalItems: 0 } })),
  // Read back after a 409, in case the run is this request's own (src/api/confirm-write.ts): here it is not.
  http.get('*/data-jobs/for-team/:team/jobs/:job/executions', () => HttpResponse.json([])),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
  answer = () => new HttpResponse(null, { status: 202 });
});
afterAll(() => server.close());

const DIALOG = { timeout: 10_000 };

describe('ExecuteJobButton', { timeout: 30_000 }, () => {
  it('asks first, then starts one run and links to it', async () => {
    answer = () =>
      new HttpResponse(null, {
        status: 202,
        headers: { Location: '/data-jobs/for-team/analytics/jobs/ingest-sales/executions/ingest-sales-1700000000' },
      });
    const started: (string | undefined)[] = [];
    const { user } = renderWithProviders(<ExecuteJobButton job={JOB} compact onStarted={(id) => started.push(id)} />);

    await user.click(screen.getByRole('button', { name: 'Execute now: ingest-sales' }));
    const dialog = await screen.findByRole('dialog', { name: 'Execute ingest-sales now?' }, DIALOG);
    expect(requests).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Execute now' }));

    expect(await screen.findByText('Execution of ingest-sales started.')).toBeInTheDocument();
    // Found once the closing dialog stops hiding the rest of the page from assistive tech.
    expect(await screen.findByRole('link', { name: 'View execution' })).toHaveAttribute(
      'href',
      '/teams/analytics/jobs/ingest-sales/executions/ingest-sales-1700000000',
    );
    expect(requests).toEqual([{ method: 'POST', body: { started_by: 'manual/vdk-dashboard' } }]);
    expect(started).toEqual(['ingest-sales-1700000000']);
  });

  it('runs with the arguments it was given, after showing them', async () => {
    const { user } = renderWithProviders(<ExecuteJobButton job={JOB} args={{ date: '2026-11-27' }} />);

    await user.click(screen.getByRole('button', { name: 'Execute now' }));
    const dialog = await screen.findByRole('dialog', {}, DIALOG);
    expect(dialog).toHaveTextContent('with the arguments below');
    expect(dialog).toHaveTextContent('"date": "2026-11-27"');
    await user.click(within(dialog).getByRole('button', { name: 'Execute now' }));

    expect(await screen.findByText('Execution of ingest-sales started.')).toBeInTheDocument();
    expect(requests).toEqual([
      { method: 'POST', body: { started_by: 'manual/vdk-dashboard', args: { date: '2026-11-27' } } },
    ]);
  });

  it('says "already executing" on a 409, links to the execution in the way, offers to cancel it', async () => {
    answer = () =>
      HttpResponse.json({ what: "The Data Job 'ingest-sales' is currently being executed." }, { status: 409 });
    const running = { id: 'ingest-sales-1700', type: 'SCHEDULED', status: 'RUNNING' };
    const summary = { jobName: JOB.job, config: { team: JOB.team }, deployments: [{ executions: [running] }] };
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs', () =>
        HttpResponse.json({ data: { content: [summary], totalItems: 1 } }),
      ),
    );
    const { user } = renderWithProviders(<ExecuteJobButton job={JOB} />);

    await user.click(screen.getByRole('button', { name: 'Execute now' }));
    const dialog = await screen.findByRole('dialog', {}, DIALOG);
    await user.click(within(dialog).getByRole('button', { name: 'Execute now' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Already executing.');
    expect(alert).toHaveTextContent("The Data Job 'ingest-sales' is currently being executed. Wait for it to finish");
    const link = await within(alert).findByRole('link', { name: /Open execution ingest-sales-1700/ });
    expect(link).toHaveAttribute('href', '/teams/analytics/jobs/ingest-sales/executions/ingest-sales-1700');
    expect(dialog).toBeVisible();

    const cancelled: string[] = [];
    server.use(
      http.delete('*/data-jobs/for-team/:team/jobs/:job/executions/:id', ({ params }) => {
        cancelled.push(String(params.id));
        return new HttpResponse(null, { status: 200 });
      }),
    );
    await user.click(within(alert).getByRole('button', { name: 'Cancel execution ingest-sales-1700' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel execution ingest-sales-1700?' }, DIALOG);
    expect(cancelled).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel execution' }));
    await vi.waitFor(() => expect(cancelled).toEqual(['ingest-sales-1700']));
  });

  it('cannot be pressed for a job that is not deployed, and says why', () => {
    renderWithProviders(<ExecuteJobButton job={JOB} disabledReason="Not deployed: deploy the job first." />);
    const button = screen.getByRole('button', { name: 'Execute now' });
    expect(button).toBeDisabled();
    expect(button.closest('[aria-describedby]')).toHaveAccessibleDescription('Not deployed: deploy the job first.');
  });
});

describe('SetJobEnabledButton', { timeout: 30_000 }, () => {
  it('states the consequence of disabling before it sends anything', async () => {
    const { user } = renderWithProviders(<SetJobEnabledButton job={JOB} enabled />);

    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable ingest-sales?' }, DIALOG);
    expect(dialog).toHaveTextContent('will no longer be executed on its schedule');
    expect(requests).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));

    expect(await screen.findByText('ingest-sales is disabled.')).toBeInTheDocument();
    expect(requests).toEqual([{ method: 'PATCH', body: { enabled: false } }]);
  });

  it('says "no access" plainly on a 403', async () => {
    answer = () => new HttpResponse(null, { status: 403 });
    const { user } = renderWithProviders(<SetJobEnabledButton job={JOB} enabled={false} />);

    await user.click(screen.getByRole('button', { name: 'Enable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enable ingest-sales?' }, DIALOG);
    expect(dialog).toHaveTextContent('Nothing runs right away');
    await user.click(within(dialog).getByRole('button', { name: 'Enable' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'No access: you are not allowed to enable ingest-sales.',
    );
  });

  it('keeps asking the question it was opened with while the page refreshes underneath it', async () => {
    // The page learns the new state (a refetch) before the dialog has closed; it must not turn into
    // "Enable?" with an Enable button under the user's pointer.
    let showRefreshed: () => void = () => undefined;
    function RefreshingJob() {
      const [enabled, setEnabled] = useState(true);
      showRefreshed = () => setEnabled(false);
      return <SetJobEnabledButton job={JOB} enabled={enabled} />;
    }
    const { user } = renderWithProviders(<RefreshingJob />);

    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable ingest-sales?' }, DIALOG);
    act(() => showRefreshed());
    expect(screen.getByRole('dialog', { name: 'Disable ingest-sales?' })).toBe(dialog);
    expect(within(dialog).queryByRole('button', { name: 'Enable' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Disable' })).toBeInTheDocument();
  });
});
