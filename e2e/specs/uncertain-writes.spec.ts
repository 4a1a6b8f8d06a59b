import { controlService, type ControlService, NO_FAULTS } from '../fixtures/control-service';
import { guardPage, NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED } from '../fixtures/page-guard';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

/**
 * Writes the Control Service carries out while their reply is lost (the emulator's lost-reply fault: the change is
 * committed, then the connection is destroyed). The dashboard must read back before it reports anything: no second
 * job, no second execution, and the user is told it worked.
 */
test.describe('writes whose reply is lost', () => {
  test.describe.configure({ timeout: 90_000 });

  let service: ControlService;
  test.beforeEach(({ baseURL, apiAccessToken }) => {
    service = controlService(baseURL!, apiAccessToken!);
  });
  test.afterEach(async () => {
    await service.faults(NO_FAULTS);
  });

  const executionsOf = async (job: string) =>
    (await service.call('GET', `/data-jobs/for-team/${TEAM}/jobs/${job}/executions`)).json as { id: string }[];

  test('Create job: the job exists once and the dialog reports it created', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: NETWORK_CONSOLE_ERRORS });
    const job = uniqueName('lost-create');
    await page.goto(`/teams/${TEAM}/jobs`);
    await page.getByRole('button', { name: 'Create job' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create job' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(job);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Created while its reply was lost');
    await service.faults({ lostReplyRate: 1 });
    await dialog.getByRole('button', { name: 'Create job' }).click();

    await expect(dialog).toBeHidden({ timeout: 20_000 });
    // Created, or (when Chromium resent the POST after the lost reply) found holding what was sent after a 409.
    await expect(
      page.getByText(new RegExp(`^(Job ${job} created in team ${TEAM}|A job ${job} with these settings already is)`)),
    ).toBeVisible();
    await service.faults(NO_FAULTS);
    expect((await api.getJob(TEAM, job)).description).toBe('Created while its reply was lost');
    // The service searches the fields a query selects, so the name is selected.
    const query = `{ jobs(pageNumber: 1, pageSize: 10, search: "${job}") { content { jobName } } }`;
    const { json } = await service.call('GET', `/data-jobs/for-team/${TEAM}/jobs?query=${encodeURIComponent(query)}`);
    const listed = (json as { data: { content: { jobName: string }[] } }).data.content;
    expect(
      listed.map(({ jobName }) => jobName),
      'exactly one job',
    ).toEqual([job]);
    await api.deleteJob(TEAM, job);
    guard.expectClean();
  });

  test('Execute now: one execution starts and the page links to it', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('lost-start');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    // Long enough that it is still going when the page looks, short enough not to hold up later tests.
    await service.profile(job, { durationSeconds: 120 });
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    await service.faults({ lostReplyRate: 1 });
    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText(`Execution of ${job} started.`)).toBeVisible();
    const link = page.getByRole('link', { name: 'View execution' });
    await service.faults(NO_FAULTS);

    const executions = await executionsOf(job);
    expect(executions, 'exactly one execution started').toHaveLength(1);
    await expect(link).toHaveAttribute('href', `${jobUrl(job)}/executions/${executions[0]!.id}`);
    guard.expectClean();
  });

  test('Execute now past the client’s 30 s timeout: the run it started is shown, none is added', async ({
    page,
    api,
  }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('timed-out-start');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await service.profile(job, { durationSeconds: 120 });
    // The page's clock runs as usual, and jumps the 30 s below instead of the test sitting through them.
    await page.clock.install();
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    // The service starts the run at once and holds its answer past the dashboard's 30 s limit.
    await service.faults({ lostReplyRate: 1, lostReplyDelayMs: 35_000 });
    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    const start = page.waitForRequest(
      (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/executions'),
    );
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await start;
    await expect(dialog).toBeVisible();
    await page.clock.fastForward(30_000);
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText(`Execution of ${job} started.`)).toBeVisible();
    await service.faults(NO_FAULTS);
    const executions = await executionsOf(job);
    expect(executions, 'exactly one execution started').toHaveLength(1);
    await expect(page.getByRole('link', { name: 'View execution' })).toHaveAttribute(
      'href',
      `${jobUrl(job)}/executions/${executions[0]!.id}`,
    );
    guard.expectClean();
  });

  test('Disable: the job is reported disabled and is', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('lost-disable');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await page.goto(jobUrl(job));
    await expect(page.getByText('Deployed, enabled')).toBeVisible();

    await service.faults({ lostReplyRate: 1 });
    await page.getByRole('button', { name: 'Disable', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: `Disable ${job}?` });
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText(`${job} is disabled.`)).toBeVisible();
    await expect(page.getByText('Deployed, disabled')).toBeVisible();
    await service.faults(NO_FAULTS);
    const { json } = await service.call('GET', `/data-jobs/for-team/${TEAM}/jobs/${job}/deployments`);
    expect((json as { enabled: boolean }[])[0]?.enabled).toBe(false);
    guard.expectClean();
  });

  test('Execute now, and checking fails too: says it is unknown, how to check, and offers nothing to resend', async ({
    page,
    api,
  }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('lost-unknown');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await service.profile(job, { durationSeconds: 120 });
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    // The read-back of the job's executions fails as well (the browser drops it).
    await page.route(`**/data-jobs/for-team/${TEAM}/jobs/${job}/executions`, (route) =>
      route.request().method() === 'GET' ? route.abort('connectionreset') : route.fallback(),
    );
    await service.faults({ lostReplyRate: 1 });
    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Not known whether it worked', { timeout: 20_000 });
    await expect(alert).toContainText(`it is not known whether starting ${job} took effect`);
    await expect(alert).toContainText("How to check: Open the job's Executions");
    await expect(dialog.getByRole('button', { name: 'Execute now' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: /retry/i })).toHaveCount(0);
    await service.faults(NO_FAULTS);
    expect(await executionsOf(job), 'one execution, not resent').toHaveLength(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    guard.expectClean();
  });

  test('Save: the page shows the saved text with no error, and the service has it', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('lost-save');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Saved while its reply was lost');
    await service.faults({ lostReplyRate: 1 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden({ timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Description' })).toContainText('Saved while its reply was lost');
    await expect(page.getByRole('region', { name: 'Description' }).getByRole('alert')).toHaveCount(0);
    await service.faults(NO_FAULTS);
    expect((await api.getJob(TEAM, job)).description).toBe('Saved while its reply was lost');
    guard.expectClean();
  });

  test('Delete: the job is gone and the page goes back to the list', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const job = uniqueName('lost-delete');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    await page.getByRole('button', { name: 'Delete job' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${job}?` });
    await dialog.getByRole('textbox', { name: `Type “${job}” to confirm` }).fill(job);
    await service.faults({ lostReplyRate: 1 });
    await dialog.getByRole('button', { name: 'Delete job' }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs(\\?|$)`), { timeout: 20_000 });
    await service.faults(NO_FAULTS);
    await expect(api.getJob(TEAM, job)).rejects.toThrow(/→ 404/);
    guard.expectClean();
  });
});
