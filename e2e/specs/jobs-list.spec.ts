import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../fixtures/axe';
import { columnCells } from '../fixtures/table-columns';
import { expect, test, uniqueName } from '../fixtures/signed-in';
import { adminHeaders } from '../support/admin-token';

/** The demo seed's team of alice (the signed-in user): ~20 jobs, enabled, disabled and not deployed. */
const TEAM = 'data-platform';
const LIST = `/teams/${TEAM}/jobs`;

const jobsTable = (page: Page) => page.getByRole('table', { name: 'Jobs', exact: true });
const rows = (page: Page) => jobsTable(page).locator('tbody tr');
const rowOf = (page: Page, job: string) =>
  rows(page).filter({ has: page.getByRole('link', { name: job, exact: true }) });

/** Names of the listed jobs, top to bottom. */
async function listedNames(page: Page): Promise<string[]> {
  return jobsTable(page).locator('tbody tr td:first-child a').allTextContents();
}

async function cellsOf(page: Page, header: string): Promise<Locator[]> {
  return (await columnCells(jobsTable(page), header)).all();
}

/** The file a source module was built into (chunks are named by hash), from the served build's Vite manifest. */
function builtFileOf(module: string): string {
  const dist = resolve(import.meta.dirname, '../..', process.env.E2E_STATIC ?? 'dist');
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const chunk = manifest[module];
  if (!chunk) throw new Error(`${module} is not in the build's manifest: is ${dist} a current build?`);
  return chunk.file;
}

/** WCAG 2.1 A/AA problems axe finds in the page's main content (or an open dialog), as readable lines. */
const violations = (page: Page, scope = 'main') => axeViolations(page, { scope });

test.describe('job list', () => {
  // The machine is shared by several engineers' test runs: give page loads room.
  test.describe.configure({ timeout: 60_000 });

  test('asks for the jobs while the page’s code is still downloading', async ({ page }) => {
    // The list's page chunk is held back until the jobs request has gone out. Without the route's loader that request
    // waits for the chunk, so it never comes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let wasHeld = false;
    await page.route(`**/${builtFileOf('src/features/job-list/pages/jobs-page.tsx')}`, async (route) => {
      wasHeld = true;
      await held;
      await route.continue();
    });
    const jobsRequest = page.waitForRequest(
      (request) => request.method() === 'GET' && new URL(request.url()).pathname === `/data-jobs/for-team/${TEAM}/jobs`,
      { timeout: 30_000 },
    );
    try {
      await page.goto(LIST, { waitUntil: 'commit' });
      const variables = new URL((await jobsRequest).url()).searchParams.get('variables');
      expect(JSON.parse(variables ?? '{}')).toMatchObject({ pageNumber: 1 });
    } finally {
      release();
    }
    await expect(rows(page).first()).toBeVisible();
    expect(wasHeld, 'the page chunk was held back').toBe(true);
  });

  test('search narrows the list and the URL, and a reload keeps it', async ({ page, api }) => {
    const stem = uniqueName('find-me');
    const jobs = [`${stem}-alpha`, `${stem}-beta`];
    for (const job of jobs) await api.createJob(TEAM, { job_name: job });

    await page.goto(LIST);
    await expect(page.getByRole('heading', { level: 1, name: `Jobs of ${TEAM}` })).toBeVisible();
    await expect(rows(page).nth(2)).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search jobs' }).fill(stem);
    await expect(page).toHaveURL(new RegExp(`\\?search=${stem}$`));
    await expect.poll(() => listedNames(page)).toEqual(jobs);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue(stem);
    await expect.poll(() => listedNames(page)).toEqual(jobs);
  });

  test('sorting by last run and again flips the order', async ({ page }) => {
    await page.goto(`${LIST}?deployment=enabled`);
    await expect(rows(page).nth(2)).toBeVisible();
    // The end time each row shows (its first <time>); a job that never ran has none and sorts first ascending.
    const lastRunTimes = async () =>
      Promise.all(
        (await cellsOf(page, 'Last run')).map((cell) =>
          cell.evaluate((el) => Date.parse(el.querySelector('time')?.getAttribute('datetime') ?? '') || -Infinity),
        ),
      );
    const isOrdered = (times: number[], direction: 1 | -1) =>
      times.every((time, i) => i === 0 || direction * (time - times[i - 1]!) >= 0);

    await page.getByRole('button', { name: 'Last run' }).click();
    await expect(page).toHaveURL(/[?&]sort=last_run(&|$)/);
    await expect(page.getByRole('columnheader', { name: /Last run/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(async () => isOrdered(await lastRunTimes(), 1)).toBe(true);
    const firstAscending = (await listedNames(page))[0];

    await page.getByRole('button', { name: /Last run/ }).click();
    await expect(page).toHaveURL(/[?&]sort=-last_run(&|$)/);
    await expect(page.getByRole('columnheader', { name: /Last run/ })).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => isOrdered(await lastRunTimes(), -1)).toBe(true);
    expect((await listedNames(page))[0]).not.toBe(firstAscending);
  });

  test('the quick filter "Disabled" lists only disabled jobs', async ({ page }) => {
    await page.goto(LIST);
    await expect(rows(page).nth(2)).toBeVisible();
    const disabled = page.getByRole('group', { name: 'Deployment state' }).getByRole('button', { name: 'Disabled' });

    await disabled.click();
    await expect(disabled).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?deployment=disabled$/);
    await expect.poll(async () => (await cellsOf(page, 'Deployment')).length).toBeGreaterThan(0);
    for (const cell of await cellsOf(page, 'Deployment')) await expect(cell).toHaveText('Disabled');
    await expect(page.getByRole('link', { name: 'backfill-clickstream-2024', exact: true })).toBeVisible();
  });

  test('a link in the recent-executions strip opens that execution', async ({ page, api }) => {
    // A daily job: no new run starts while the test looks at its newest one.
    const job = 'export-audit-logs';
    const { data } = await api.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions', {
      params: { path: { team_name: TEAM, job_name: job } },
    });
    const newest = [...(data ?? [])].sort((a, b) => Date.parse(b.start_time!) - Date.parse(a.start_time!))[0]!;

    await page.goto(LIST);
    const strip = rowOf(page, job).getByRole('list', { name: 'Recent executions, oldest first' });
    const links = strip.getByRole('link');
    await expect(links.first()).toBeVisible();
    await expect(links.last()).toHaveAccessibleName(
      /^(Succeeded|User error|Platform error|Skipped|Cancelled), started /,
    );

    await links.last().click();
    await expect(page).toHaveURL(`/teams/${TEAM}/jobs/${job}/executions/${newest.id}`);
    await expect(page.getByText(newest.id!).first()).toBeVisible();
  });

  test('Execute now turns the job to running without a manual refresh', async ({ page, api, baseURL }) => {
    // Weekly schedule, so nothing else runs it; long runs, so "Running" lasts long enough to be seen.
    const job = 'vacuum-staging-schemas';
    const profile = await page.request.put(`${baseURL}/__emulator/jobs/${job}/profile`, {
      headers: adminHeaders,
      data: { durationSeconds: 3600, jitter: 0, userErrorRate: 0, platformErrorRate: 0, skippedRate: 0 },
    });
    expect(profile.ok()).toBe(true);

    await page.goto(`${LIST}?search=${job}`);
    const row = rowOf(page, job);
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: `Execute now: ${job}` }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await expect(dialog).toContainText('starts right away, outside the schedule');
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Execution of ${job} started.`)).toBeVisible();

    await expect(row.getByText('Running', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(row.getByRole('link', { name: /^Running, started / })).toBeVisible();

    // Leave the service as found: stop the long run.
    const { data } = await api.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions', {
      params: { path: { team_name: TEAM, job_name: job }, query: { execution_status: ['running', 'submitted'] } },
    });
    for (const execution of data ?? []) {
      await api.rest.DELETE('/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}', {
        params: { path: { team_name: TEAM, job_name: job, execution_id: execution.id! } },
      });
    }
  });

  test('Create job explains the name rule, and a valid job appears in the list', async ({ page, api }) => {
    const job = uniqueName('created-in-list');
    await page.goto(LIST);
    await page.getByRole('button', { name: 'Create job' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create job' });
    const name = dialog.getByRole('textbox', { name: 'Name' });

    await name.fill('Bad_Name');
    await expect(name).toHaveAccessibleDescription(/must start with a lowercase letter .* Rule: 6–50 characters/);
    await name.fill('short');
    await expect(name).toHaveAccessibleDescription(/At least 6 characters \(now 5\)/);
    await dialog.getByRole('button', { name: 'Create job' }).click();
    await expect(dialog).toBeVisible();

    await name.fill(job);
    await expect(name).toHaveAccessibleDescription(/^6–50 characters: lowercase letters, digits and dashes/);
    await expect(dialog.getByRole('combobox', { name: 'Team' })).toHaveValue(TEAM);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Made by the job list e2e test');
    await dialog.getByRole('textbox', { name: /Schedule/ }).fill('0 2 * * 1-5');
    await expect(dialog.getByText('At 02:00, Monday through Friday')).toBeVisible();
    await dialog.getByRole('button', { name: 'Create job' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Job ${job} created in team ${TEAM}.`)).toBeVisible();
    await expect(page.getByRole('link', { name: job, exact: true })).toBeVisible();
    const created = await api.getJob(TEAM, job);
    expect(created.config.schedule?.schedule_cron).toBe('0 2 * * 1-5');
    await api.deleteJob(TEAM, job);
  });

  test('coming back from a job by the breadcrumb restores the filters and the scroll position', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto(`${LIST}?search=ingest&sort=-name`);
    await expect(rows(page).nth(2)).toBeVisible();
    const names = await listedNames(page);
    const last = page.getByRole('link', { name: names.at(-1)!, exact: true });
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);

    await last.click();
    await expect(page.getByRole('heading', { level: 1, name: names.at(-1)! })).toBeVisible();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Jobs' }).click();

    await expect(page).toHaveURL(`${LIST}?search=ingest&sort=-name`);
    await expect(page.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('ingest');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 20);
  });

  test('rows are walkable by keyboard, and the list and its dialogs pass axe', async ({ page }) => {
    // A few rows: axe's time grows with the table.
    await page.goto(`${LIST}?search=ingest`);
    await expect(rows(page).nth(2)).toBeVisible();
    expect(await violations(page)).toEqual([]);

    const [first, second] = await listedNames(page);
    await page.getByRole('link', { name: first!, exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('link', { name: second!, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${LIST}/${second}`);
    await page.goBack();

    await page.getByRole('button', { name: 'Create job' }).first().click();
    await page.getByRole('dialog', { name: 'Create job' }).getByRole('textbox', { name: 'Name' }).fill('X');
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
  });
});
