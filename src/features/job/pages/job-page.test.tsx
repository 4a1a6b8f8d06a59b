import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataJob } from '@/api/types';
import { renderRoute } from '@/testing/render-with-providers';

/**
 * The job page against a small in-memory Control Service (MSW), for states the emulator cannot be
 * told to produce on cue: someone else's change between read and save, a 501, a failing re-read.
 */
const TEAM = 'analytics';
const JOB = 'ingest-sales';
const URL = `/teams/${TEAM}/jobs/${JOB}`;

function storedJob(): DataJob {
  return {
    job_name: JOB,
    team: TEAM,
    description: 'Loads sales',
    config: {
      schedule: { schedule_cron: '0 1 * * *' },
      contacts: {
        notified_on_job_deploy: ['deploy@example.com'],
        notified_on_job_success: [],
        notified_on_job_failure_user_error: ['oncall@example.com'],
        notified_on_job_failure_platform_error: [],
      },
      generate_keytab: true,
      enable_execution_notifications: true,
      notification_delay_period_minutes: 240,
    },
  };
}

/** What the service sends: unset fields come as null (docs/api-reference.md §0). */
const readJob = (job: DataJob) => ({ ...job, config: { ...job.config, db_default_type: null } });

const state = {
  job: storedJob() as DataJob | null,
  properties: {} as Record<string, unknown>,
  puts: [] as unknown[],
  propertyPuts: [] as unknown[],
  failReads: false,
  /** The authorization webhook's answer to a write (403), when set; '' for a refusal without a reason. */
  refuseWrites: undefined as string | undefined,
};

const vdkError = (status: number, what: string) =>
  HttpResponse.json({ what, why: 'Because.', consequences: 'It fails.', countermeasures: 'Try later.' }, { status });

const server = setupServer(
  http.get('*/data-jobs/for-team/:team/jobs/:job', () => {
    if (state.failReads) return vdkError(503, 'Git encountered an error: unavailable.');
    return state.job ? HttpResponse.json(readJob(state.job)) : new HttpResponse(null, { status: 404 });
  }),
  http.put('*/data-jobs/for-team/:team/jobs/:job', async ({ request }) => {
    if (state.refuseWrites !== undefined)
      return new HttpResponse(state.refuseWrites || null, { status: 403, headers: { 'content-type': 'text/plain' } });
    const body = (await request.json()) as DataJob;
    state.puts.push(body);
    state.job = body;
    return new HttpResponse(null, { status: 200 });
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () => HttpResponse.json([])),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/properties', () =>
    HttpResponse.json(state.properties),
  ),
  http.put('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/properties', async ({ request }) => {
    state.properties = (await request.json()) as Record<string, unknown>;
    state.propertyPuts.push(state.properties);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/secrets', () =>
    vdkError(501, 'Secrets encountered an error: Not Configured.'),
  ),
  // GraphQL over GET: the job summary and the recent executions.
  http.get('*/data-jobs/for-team/:team/jobs', () =>
    HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } }),
  ),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  state.job = storedJob();
  state.properties = {};
  state.puts = [];
  state.propertyPuts = [];
  state.failReads = false;
  state.refuseWrites = undefined;
  sessionStorage.clear();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const region = (name: string) => screen.getByRole('region', { name });
/**
 * A test's first render may load the page's lazy chunks (the first of the file, or any run alone with -t): on a loaded
 * machine that takes over 5 s.
 */
const FIRST_RENDER = 15_000;
const findEdit = (name: string) => screen.findByRole('button', { name }, { timeout: FIRST_RENDER });

// Whole-app renders with typing are slow on a busy machine; the default 15 s is too tight.
describe('job overview', { timeout: 40_000 }, () => {
  it('saves an edited description as the whole job, keeping everything else', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit description'));
    const field = screen.getByRole('textbox', { name: 'Description' });
    await user.clear(field);
    await user.type(field, 'Loads sales into the warehouse');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(state.puts).toHaveLength(1));
    // The whole job goes back, without the nulls of the read (the spec types those fields as strings).
    expect(state.puts[0]).toStrictEqual({ ...storedJob(), description: 'Loads sales into the warehouse' });
    expect(await within(region('Description')).findByText('Loads sales into the warehouse')).toBeVisible();
  });

  it('refuses to overwrite someone else’s change, keeps the edit, and reapplies it on request', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit description'));
    const field = screen.getByRole('textbox', { name: 'Description' });
    await user.clear(field);
    await user.type(field, 'Mine');

    // Someone else changes the schedule meanwhile.
    state.job = { ...storedJob(), config: { ...storedJob().config, schedule: { schedule_cron: '15 3 * * *' } } };
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert', { name: 'Not saved: this job was changed by someone else' });
    expect(within(alert).getByRole('list', { name: 'Changes made by someone else' })).toHaveTextContent(
      'Schedule: 0 1 * * * → 15 3 * * *',
    );
    expect(state.puts).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Mine');

    await user.click(within(alert).getByRole('button', { name: 'Apply my edits to the latest version' }));
    await waitFor(() => expect(state.puts).toHaveLength(1));
    const saved = state.puts[0] as DataJob;
    expect(saved.description).toBe('Mine');
    expect(saved.config.schedule?.schedule_cron).toBe('15 3 * * *');
  });

  it('keeps the edit when the save fails, and says why', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit description'));
    const field = screen.getByRole('textbox', { name: 'Description' });
    await user.clear(field);
    await user.type(field, 'Typed during an outage');
    state.failReads = true;
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Could not save the description')).toBeVisible();
    expect(screen.getByText('Git encountered an error: unavailable.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed during an outage');
    expect(state.puts).toHaveLength(0);
  });

  it('says "no access" naming the team when the save is refused (say, after a removal from it), and keeps the edit', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit description'));
    const field = screen.getByRole('textbox', { name: 'Description' });
    await user.clear(field);
    await user.type(field, 'Typed before the removal');
    state.refuseWrites = "User 'alice' is not authorized to write to team 'analytics'.";
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('No access to team analytics: the description could not be saved')).toBeVisible();
    expect(screen.getByText("User 'alice' is not authorized to write to team 'analytics'.")).toBeVisible();
    expect(field).toHaveValue('Typed before the removal');

    // Some refusals come without a reason: the headline still says which team's membership it takes.
    state.refuseWrites = '';
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('You do not have access to this.')).toBeVisible();
    expect(screen.getByText('No access to team analytics: the description could not be saved')).toBeVisible();
    expect(field).toHaveValue('Typed before the removal');
    expect(state.puts).toHaveLength(0);

    // Once access is back, the same edit saves.
    state.refuseWrites = undefined;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(state.puts).toHaveLength(1));
    expect((state.puts[0] as DataJob).description).toBe('Typed before the removal');
  });

  it('disables every change to another team’s job, saying why, and still shows it', async () => {
    const bob = { name: 'Bob', username: 'bob', teams: ['finance'] };
    const { user } = renderRoute(URL, { signedInAs: bob });
    const reason = 'You are not a member of analytics.';
    const edit = await findEdit('Edit description');
    expect(edit).toBeDisabled();
    expect(edit.parentElement).toHaveAccessibleDescription(reason);
    expect(within(region('Description')).getByText('Loads sales')).toBeVisible();
    const actions = screen.getByRole('group', { name: 'Job actions' });
    for (const name of ['Execute now', 'Execute with arguments…', 'Delete job']) {
      expect(within(actions).getByRole('button', { name })).toBeDisabled();
    }
    expect(await findEdit('Edit properties')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Edit notifications' })).toBeDisabled();
    // The reason is reachable by keyboard, on the disabled button's wrapper.
    await user.tab();
    expect(screen.getAllByRole('tooltip', { hidden: true }).some((tip) => tip.textContent === reason)).toBe(true);
  });

  it('leaves changes enabled for a member of the team', async () => {
    renderRoute(URL, { signedInAs: { name: 'Alice', username: 'alice', teams: ['analytics'] } });
    expect(await findEdit('Edit description')).toBeEnabled();
  });

  it('counts a running execution as the last one and holds "Execute now" until it ends, linking to it', async () => {
    const running = { id: 'ingest-sales-1700', type: 'MANUAL', status: 'RUNNING', startTime: new Date().toISOString() };
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () =>
        HttpResponse.json([{ job_version: 'abc', enabled: true, last_deployed_by: 'a', last_deployed_date: 'x' }]),
      ),
      http.get('*/data-jobs/for-team/:team/jobs', ({ request }) => {
        if (!request.url.includes('operation_name=JobsList'))
          return HttpResponse.json({ errors: [], data: { content: [], totalItems: 0, totalPages: 0 } });
        const deployment = {
          id: JOB,
          enabled: true,
          lastExecutionStatus: 'SUCCEEDED',
          lastExecutionTime: '2024-01-01T00:00:00Z',
          executions: [running, { id: 'older', type: 'SCHEDULED', status: 'SUCCEEDED' }],
        };
        const job = { jobName: JOB, config: { team: TEAM }, deployments: [deployment] };
        return HttpResponse.json({ errors: [], data: { content: [job], totalItems: 1, totalPages: 1 } });
      }),
    );
    renderRoute(URL);
    const link = await screen.findByRole(
      'link',
      { name: 'Open execution ingest-sales-1700' },
      { timeout: FIRST_RENDER },
    );
    expect(link).toHaveAttribute('href', `${URL}/executions/ingest-sales-1700`);
    const header = link.closest('header') as HTMLElement;
    expect(within(header).getByText('Running')).toBeVisible();
    expect(within(header).queryByText('Succeeded')).toBeNull();
    const execute = screen.getByRole('button', { name: 'Execute now' });
    expect(execute).toBeDisabled();
    expect(execute.parentElement).toHaveAccessibleDescription(
      'Running now (ingest-sales-1700): the Control Service starts one execution at a time. Wait for it to end, or cancel it.',
    );
  });

  it('confirms a deletion on the team’s list it returns to', async () => {
    server.use(http.delete('*/data-jobs/for-team/:team/jobs/:job', () => new HttpResponse(null, { status: 200 })));
    const { user, router } = renderRoute(URL);
    await user.click(await screen.findByRole('button', { name: 'Delete job' }, { timeout: FIRST_RENDER }));
    const dialog = await screen.findByRole('dialog', { name: `Delete ${JOB}?` }, { timeout: FIRST_RENDER });
    await user.type(within(dialog).getByRole('textbox'), JOB);
    await user.click(within(dialog).getByRole('button', { name: 'Delete job' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/teams/${TEAM}/jobs`), { timeout: FIRST_RENDER });
    const message = `Job ${JOB} of team ${TEAM} was deleted.`;
    const notice = (await screen.findByText(message, {}, { timeout: FIRST_RENDER })).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(notice).toBeVisible();
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByText(message)).toBeNull());
  });

  it('names an empty list of properties in plain English', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit properties'));
    expect(screen.getByText('No properties. Saving now stores none.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add property' })).toBeVisible();
  });

  it('offers to apply a saved schedule to the running deployment', async () => {
    const patches: unknown[] = [];
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs/:job/deployments', () =>
        HttpResponse.json([{ job_version: 'abc', enabled: false, last_deployed_by: 'a', last_deployed_date: 'x' }]),
      ),
      http.patch('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep', async ({ request }) => {
        patches.push(await request.json());
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit schedule'));
    const cron = screen.getByRole('textbox', { name: 'Cron schedule' });
    await user.clear(cron);
    await user.type(cron, '0 4 * * *');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const apply = await screen.findByRole('button', { name: 'Apply to the deployment now' });
    await user.click(apply);
    // The deployment's own `enabled` is sent back unchanged: only the re-apply is wanted.
    await waitFor(() => expect(patches).toEqual([{ enabled: false }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Apply to the deployment now' })).toBeNull());
  });

  it('does not let an invalid cron be saved and says why', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit schedule'));
    const cron = screen.getByRole('textbox', { name: 'Cron schedule' });
    await user.clear(cron);
    await user.type(cron, '0 25 * * *');
    expect(cron).toHaveAccessibleDescription(/hour field has a value out of range/);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('shows the next runs in UTC and in the chosen zone', async () => {
    renderRoute(URL, { localTimeZone: 'Asia/Kolkata' });
    const table = await screen.findByRole('table', { name: 'Next 5 runs' }, { timeout: FIRST_RENDER });
    expect(within(table).getByRole('columnheader', { name: 'Next runs (UTC)' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'In Asia/Kolkata' })).toBeVisible();
    // 01:00 UTC is 06:30 in India (no daylight saving there).
    const [first] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent(/01:00 UTC.*06:30 GMT\+5:30/);
  });

  it('validates contact addresses', async () => {
    const { user } = renderRoute(URL);
    await user.click(await findEdit('Edit notifications'));
    const onSuccess = screen.getByRole('textbox', { name: 'On success' });
    // The same words as in Create job.
    expect(onSuccess).toHaveAccessibleDescription('E-mail addresses, one per line or separated by commas.');
    await user.type(onSuccess, 'team@example.com{enter}not-an-address');
    expect(onSuccess).toHaveAccessibleDescription('Not an e-mail address: not-an-address');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('says that secrets are not configured when the service answers 501', async () => {
    renderRoute(URL);
    expect(
      await within(await screen.findByRole('region', { name: 'Secrets' }, { timeout: FIRST_RENDER })).findByText(
        /Secrets are not configured on this Control Service/,
      ),
    ).toBeVisible();
  });

  it('shows a clear page with a way back for a job that does not exist', async () => {
    state.job = null;
    renderRoute(URL);
    expect(
      await screen.findByRole('heading', { name: `Job ${JOB} not found in team ${TEAM}` }, { timeout: FIRST_RENDER }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: `Back to the jobs of ${TEAM}` })).toHaveAttribute(
      'href',
      `/teams/${TEAM}/jobs`,
    );
  });
});

describe('a link into an editor (the team home’s notification coverage)', { timeout: 40_000 }, () => {
  it('opens the contacts editor focused on the linked list, and drops the link once saved', async () => {
    const { user, router } = renderRoute(`${URL}?edit=contacts&field=notified_on_job_failure_platform_error`);
    const platform = await screen.findByRole('textbox', { name: 'On platform error' }, { timeout: FIRST_RENDER });
    await waitFor(() => expect(platform).toHaveFocus());
    expect(screen.getByRole('form', { name: 'Edit notifications' })).toContainElement(platform);

    await user.keyboard('platform@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(state.puts).toHaveLength(1));
    expect((state.puts[0] as DataJob).config.contacts?.notified_on_job_failure_platform_error).toEqual([
      'platform@example.com',
    ]);
    // Closed: a reload shows the section as saved instead of opening the editor again.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await within(region('Notifications')).findByText('platform@example.com')).toBeVisible();
  });

  it('opens the settings editor on the notifications switch, and drops the link on Cancel', async () => {
    const { user, router } = renderRoute(`${URL}?edit=settings&field=enable_execution_notifications`);
    const toggle = await screen.findByRole('checkbox', { name: 'Execution notifications' }, { timeout: FIRST_RENDER });
    await waitFor(() => expect(toggle).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByRole('form', { name: 'Edit settings' })).not.toBeInTheDocument();
  });

  it('lands on the section, where the disabled Edit says why, for someone who may not change the job', async () => {
    renderRoute(`${URL}?edit=contacts`, { signedInAs: { name: 'Bob', username: 'bob', teams: ['finance'] } });
    expect(await screen.findByRole('button', { name: 'Edit notifications' }, { timeout: FIRST_RENDER })).toBeDisabled();
    await waitFor(() => expect(region('Notifications')).toHaveFocus());
    expect(screen.queryByRole('form', { name: 'Edit notifications' })).not.toBeInTheDocument();
  });

  it('says when the link names an editor the page does not have, and removes it on request', async () => {
    const { user, router } = renderRoute(`${URL}?edit=owners`);
    const message = await screen.findByText(
      'Some parts of the link were not understood and are ignored: edit=owners.',
      undefined,
      { timeout: FIRST_RENDER },
    );
    expect(screen.getAllByRole('alert').some((alert) => alert.contains(message))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Remove from the link' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});

describe('secrets editor', { timeout: 40_000 }, () => {
  it('never shows or stores secret values, and replaces them on save', async () => {
    const secretPuts: unknown[] = [];
    server.use(
      http.get('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/secrets', () =>
        HttpResponse.json({ api_token: 's3cr3t-value' }),
      ),
      http.put('*/data-jobs/for-team/:team/jobs/:job/deployments/:dep/secrets', async ({ request }) => {
        secretPuts.push(await request.json());
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const { user } = renderRoute(URL);
    const secrets = await screen.findByRole('region', { name: 'Secrets' }, { timeout: FIRST_RENDER });
    expect(await within(secrets).findByRole('row', { name: /api_token string ••••••/ })).toBeVisible();
    expect(secrets).not.toHaveTextContent('s3cr3t-value');

    await user.click(within(secrets).getByRole('button', { name: 'Edit secrets' }));
    const value = within(secrets).getByLabelText('Value 1');
    expect(value).toHaveAttribute('type', 'password');
    await user.clear(value);
    await user.type(value, 'rotated');
    expect(JSON.stringify({ ...sessionStorage })).not.toMatch(/s3cr3t|rotated/);

    await user.click(within(secrets).getByRole('button', { name: 'Review 1 change' }));
    const dialog = screen.getByRole('dialog', { name: 'Save secrets?' });
    expect(within(dialog).getByRole('list', { name: 'Changes to secrets' })).toHaveTextContent(
      'Changed api_token: hidden value → hidden value',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save secrets' }));
    await waitFor(() => expect(secretPuts).toEqual([{ api_token: 'rotated' }]));
  });
});

describe('properties editor', { timeout: 40_000 }, () => {
  it('validates values, shows the diff before saving and replaces the stored properties', async () => {
    state.properties = { keep: 'x', drop: 1 };
    const { user } = renderRoute(URL);
    const properties = await screen.findByRole('region', { name: 'Properties' });
    await user.click(await within(properties).findByRole('button', { name: 'Edit properties' }));

    await user.click(within(properties).getByRole('button', { name: 'Remove property drop' }));
    await user.click(within(properties).getByRole('button', { name: 'Add property' }));
    await user.type(within(properties).getByRole('textbox', { name: 'Key 2' }), 'config');
    await user.click(within(properties).getByRole('combobox', { name: 'Type 2' }));
    await user.click(screen.getByRole('option', { name: 'JSON' }));
    const value = within(properties).getByRole('textbox', { name: 'Value 2' });
    await user.type(value, '{{"retries": 3');
    expect(value).toHaveAccessibleDescription(/Not valid JSON/);
    expect(within(properties).getByRole('button', { name: /Review|No changes/ })).toBeDisabled();
    await user.type(value, '}');

    await user.click(within(properties).getByRole('button', { name: 'Review 2 changes' }));
    const dialog = screen.getByRole('dialog', { name: 'Save properties?' });
    const changes = within(dialog).getByRole('list', { name: 'Changes to properties' });
    expect(changes).toHaveTextContent('Added config: {"retries":3}');
    expect(changes).toHaveTextContent('Removed drop (was 1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save properties' }));

    await waitFor(() => expect(state.propertyPuts).toEqual([{ keep: 'x', config: { retries: 3 } }]));
  });
});
