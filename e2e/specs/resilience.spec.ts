import type { Locator, Page } from '@playwright/test';
import { controlService, type FaultSettings, NO_FAULTS } from '../fixtures/control-service';
import { expectUsableLayout, guardPage, NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED } from '../fixtures/page-guard';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

/**
 * Journeys with the emulator injecting faults on `/data-jobs/**` (its admin API switches them per test). Faults are
 * global to the emulator: setup runs before they are switched on, and every test switches them off after itself.
 */
test.describe('the dashboard under a failing Control Service', () => {
  test.describe.configure({ timeout: 90_000 });

  let faults: (settings: FaultSettings) => Promise<void>;
  test.beforeEach(({ baseURL, apiAccessToken }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    faults = (settings) => service.faults(settings);
  });
  test.afterEach(async () => {
    await faults(NO_FAULTS);
  });

  const retryButton = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Retry' }).first();

  test('2 s latency: list → job → edit and save → execute, no white screen or error', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('slow');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await faults({ latencyMs: 2_000 });

    await page.goto(`/teams/${TEAM}/jobs?search=${job}`);
    await expect(page.getByRole('heading', { level: 1, name: `Jobs of ${TEAM}` })).toBeVisible();
    await page.getByRole('table', { name: 'Jobs' }).getByRole('link', { name: job, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expectUsableLayout(page);

    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Saved through a slow network');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('region', { name: 'Description' })).toContainText('Saved through a slow network', {
      timeout: 20_000,
    });
    await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden();
    expect((await api.getJob(TEAM, job)).description).toBe('Saved through a slow network');

    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await faults(NO_FAULTS);
    const { json } = await service.call('GET', `/data-jobs/for-team/${TEAM}/jobs/${job}/executions`);
    expect(json, 'exactly one execution started').toHaveLength(1);
    guard.expectClean();
  });

  test('20% of requests fail with 503: list → job → history → execution stay usable, Retry gets through', async ({
    page,
    api,
  }) => {
    const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, SECRETS_DISABLED] });
    const latest = await api.latestFinishedExecution(TEAM);
    /** What a user does on a flaky service: press Retry whenever an error offers it, until `target` shows. */
    const reach = async (target: Locator) => {
      await expect(async () => {
        if (await retryButton(page).isVisible()) await retryButton(page).click();
        await expect(target).toBeVisible({ timeout: 3_000 });
      }).toPass({ timeout: 45_000 });
    };
    await faults({ errorRate: 0.2 });

    await page.goto(`/teams/${TEAM}/jobs?search=${latest.jobName}`);
    const jobLink = page.getByRole('table', { name: 'Jobs' }).getByRole('link', { name: latest.jobName, exact: true });
    await reach(jobLink);
    await jobLink.click();
    await reach(page.getByRole('heading', { level: 1, name: latest.jobName }));
    await expectUsableLayout(page);
    await page.getByRole('link', { name: 'Executions' }).first().click();
    const executionLink = page.getByRole('table', { name: 'Executions' }).getByRole('link', { name: latest.id });
    await reach(executionLink);
    await executionLink.click();
    await reach(page.getByRole('heading', { name: `Execution ${latest.id}` }));
    await expectUsableLayout(page);
    expect(guard.pageErrors).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('every read fails with 503: the list says so with Retry and shows fresh data once the service is back', async ({
    page,
    api,
  }) => {
    const guard = guardPage(page, { allowConsole: NETWORK_CONSOLE_ERRORS });
    const stem = uniqueName('outage');
    await faults({ errorRate: 1 });
    await page.goto(`/teams/${TEAM}/jobs?search=${stem}`);
    await expect(retryButton(page)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main')).toContainText('injected fault');
    await expectUsableLayout(page);

    await faults(NO_FAULTS);
    await api.createJob(TEAM, { job_name: `${stem}-new` });
    await retryButton(page).click();
    await expect(
      page.getByRole('table', { name: 'Jobs' }).getByRole('link', { name: `${stem}-new`, exact: true }),
    ).toBeVisible();
    await expect(retryButton(page)).toBeHidden();
    expect(guard.pageErrors).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('truncated JSON: the job page says so with Retry and shows the current job after', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: NETWORK_CONSOLE_ERRORS });
    const job = uniqueName('garbled');
    const created = await api.createJob(TEAM, { job_name: job, description: 'Before the garbling' });
    await faults({ malformedRate: 1 });
    await page.goto(jobUrl(job));
    await expect(retryButton(page)).toBeVisible({ timeout: 30_000 });
    await expectUsableLayout(page, retryButton(page));

    await faults(NO_FAULTS);
    await api.rest.PUT('/data-jobs/for-team/{team_name}/jobs/{job_name}', {
      params: { path: { team_name: TEAM, job_name: job } },
      body: { ...created, description: 'Changed while the page was broken' },
    });
    await retryButton(page).click();
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Description' })).toContainText('Changed while the page was broken');
    expect(guard.pageErrors).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('connection resets: the execution history says so with Retry and recovers', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: NETWORK_CONSOLE_ERRORS });
    const latest = await api.latestFinishedExecution(TEAM);
    await faults({ resetRate: 1 });
    await page.goto(`${jobUrl(latest.jobName)}/executions`);
    await expect(retryButton(page)).toBeVisible({ timeout: 30_000 });
    await expectUsableLayout(page, retryButton(page));

    await faults(NO_FAULTS);
    await retryButton(page).click();
    await expect(
      page.getByRole('table', { name: 'Executions' }).getByRole('link', { name: latest.id, exact: true }),
    ).toBeVisible();
    expect(guard.pageErrors).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  test('a failed save keeps the edit, a failed start is not repeated behind the user’s back', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const guard = guardPage(page, { allowConsole: NETWORK_CONSOLE_ERRORS });
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('write-fault');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    await page.getByRole('button', { name: 'Edit description' }).click();
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('Typed while the connection drops');
    await faults({ resetRate: 1 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('region', { name: 'Description' }).getByRole('alert')).toBeVisible({
      timeout: 20_000,
    });
    await expect(description).toHaveValue('Typed while the connection drops');

    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible({ timeout: 20_000 });
    await faults(NO_FAULTS);
    // Nothing was started: the failed POST was shown, not retried.
    const { json } = await service.call('GET', `/data-jobs/for-team/${TEAM}/jobs/${job}/executions`);
    expect(json).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(description).toBeHidden();
    expect((await api.getJob(TEAM, job)).description).toBe('Typed while the connection drops');
    expect(guard.pageErrors).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });
});
