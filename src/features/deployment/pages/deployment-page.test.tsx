import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataJobDeploymentStatus } from '@/api/types';
import { renderRoute, renderWithProviders } from '@/testing/render-with-providers';
import { DeployProgress } from '../components/deploy-progress';

/** The deployment page against an in-memory service (MSW): an async deploy, and refusals on cue. */
const TEAM = 'analytics';
const JOB = 'ingest-sales';
const URL = `/teams/${TEAM}/jobs/${JOB}/deployment`;

const deployed = (version: string, python = '3.9'): DataJobDeploymentStatus => ({
  job_version: version,
  python_version: python,
  vdk_version: 'release',
  enabled: true,
  resources: undefined,
  last_deployed_by: 'alice',
  last_deployed_date: '2026-11-27T10:00:00Z',
});

const state = {
  deployment: null as DataJobDeploymentStatus | null,
  /** Reads of the deployment left before an accepted deploy shows up (the real one is asynchronous). */
  readsUntilApplied: 0,
  pendingVersion: null as { version: string; python: string } | null,
  deployStatus: 202,
  uploads: 0,
};

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs/:job', () =>
    HttpResponse.json({ job_name: JOB, team: TEAM, description: '', config: { generate_keytab: false } }),
  ),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () => {
    if (state.pendingVersion && state.readsUntilApplied-- <= 0) {
      state.deployment = deployed(state.pendingVersion.version, state.pendingVersion.python);
      state.pendingVersion = null;
    }
    return HttpResponse.json(state.deployment ? [state.deployment] : []);
  }),
  http.get('*/data-jobs/for-team/:team/info', () =>
    HttpResponse.json({ api_version: 'test', supported_python_versions: ['3.9', '3.11'] }),
  ),
  http.post('*/data-jobs/for-team/:team/jobs/:job/sources', () => {
    state.uploads += 1;
    return HttpResponse.json({ version_sha: 'abc123def456789' });
  }),
  http.post('*/data-jobs/for-team/:team/jobs/:job/deployments', async ({ request }) => {
    const body = (await request.json()) as { job_version: string; python_version: string };
    if (state.deployStatus === 409) {
      return HttpResponse.json(
        {
          what: `Not supported python version: '${body.python_version}'`,
          why: 'The python version must be one of: 3.9.',
          consequences: 'The deployment fails.',
          countermeasures: 'Use a listed version.',
        },
        { status: 409 },
      );
    }
    state.pendingVersion = { version: body.job_version, python: body.python_version };
    state.readsUntilApplied = 1;
    return new HttpResponse(null, { status: 202 });
  }),
  http.get('*/data-jobs/for-team/:team/jobs', () =>
    HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.deployment = null;
  state.pendingVersion = null;
  state.deployStatus = 202;
  state.uploads = 0;
  sessionStorage.clear();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const zipFile = () =>
  new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])], 'ingest-sales.zip', { type: 'application/zip' });

describe('deploy a new version', { timeout: 40_000 }, () => {
  it('uploads the zip, deploys it and reports "deploying" until the service shows the version', async () => {
    const { user } = renderRoute(URL);
    expect(await screen.findByRole('heading', { name: 'Not deployed' }, { timeout: 5000 })).toBeVisible();
    const form = screen.getByRole('form', { name: 'Deploy a new version' });
    await user.upload(within(form).getByLabelText('Choose a zip file'), zipFile());
    expect(await within(form).findByText('Chosen: ingest-sales.zip (8 B)')).toBeVisible();
    await user.click(within(form).getByRole('combobox', { name: 'Python version' }));
    await user.click(screen.getByRole('option', { name: '3.11' }));
    await user.click(within(form).getByRole('button', { name: 'Upload and deploy' }));

    expect(await screen.findByRole('status', { name: 'Deploying version abc123def456…' })).toBeVisible();
    const done = await screen.findByRole('status', { name: 'Deployed' }, { timeout: 8000 });
    expect(done).toHaveTextContent("Version abc123def456 with Python 3.11 is now the job's deployment");
    expect(
      within(screen.getByRole('region', { name: 'Current deployment' })).getByText('abc123def456789'),
    ).toBeVisible();
  });

  it('says plainly when the Python version is refused, and keeps the chosen file', async () => {
    state.deployStatus = 409;
    const { user } = renderRoute(URL);
    const form = await screen.findByRole('form', { name: 'Deploy a new version' }, { timeout: 5000 });
    await user.upload(within(form).getByLabelText('Choose a zip file'), zipFile());
    await user.click(await within(form).findByRole('button', { name: 'Upload and deploy' }));

    expect(
      await screen.findByText('Python 3.11 is not supported by this Control Service. It supports 3.9, 3.11.'),
    ).toBeVisible();
    expect(
      screen.getByText((_, element) => element?.textContent === 'Why: The python version must be one of: 3.9.'),
    ).toBeVisible();
    expect(within(form).getByText('Chosen: ingest-sales.zip (8 B)')).toBeVisible();
    expect(within(form).getByRole('button', { name: 'Upload and deploy' })).toBeEnabled();
  });

  it('refuses a file that is not a zip before uploading it', async () => {
    const { user } = renderRoute(URL);
    const form = await screen.findByRole('form', { name: 'Deploy a new version' }, { timeout: 5000 });
    await user.upload(within(form).getByLabelText('Choose a zip file'), new File(['hello'], 'notes.zip'));
    expect(await within(form).findByRole('alert')).toHaveTextContent('notes.zip is not a zip archive');
    expect(within(form).getByRole('button', { name: 'Upload and deploy' })).toBeDisabled();
    expect(state.uploads).toBe(0);
  });
});

describe('schedule check', { timeout: 40_000 }, () => {
  it('warns before deploying a job whose saved schedule is invalid', async () => {
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs/:job', () =>
        HttpResponse.json({
          job_name: JOB,
          team: TEAM,
          description: '',
          config: { generate_keytab: false, schedule: { schedule_cron: '0 0 31 2 *' } },
        }),
      ),
    );
    renderRoute(URL);
    expect(await screen.findByText(/The deploy would fail/, {}, { timeout: 5000 })).toHaveTextContent(
      'This schedule never runs',
    );
    expect(screen.getByRole('link', { name: 'Fix the schedule on the Overview' })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs/${JOB}`,
    );
  });
});

describe('deploy progress', () => {
  it('after the timeout, says the deploy may have failed and where to look', () => {
    renderWithProviders(
      <DeployProgress
        awaited={{ version: 'abc123def456789', pythonVersion: '3.9', since: Date.now() - 10 * 60_000 }}
        deployment={deployed('0000oldversion')}
        onDismiss={() => undefined}
        onKeepWaiting={() => undefined}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Version abc123def456 is not reported yet: the deploy may have failed',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“On deploy” contacts');
    expect(screen.getByRole('button', { name: 'Keep waiting' })).toBeVisible();
  });
});
