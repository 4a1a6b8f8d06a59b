import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../fixtures/axe';
import { expect, test } from '../fixtures/signed-in';

const TEAM = 'analytics';

/** Serious and critical WCAG 2.1 A/AA problems axe finds on the whole page (shell and open dialogs included). */
async function seriousViolations(page: Page, where: string, scope?: string): Promise<string[]> {
  // The settled page: placeholders still loading (MUI skeletons, the plain pages' busy tables and cards) would make
  // the result depend on timing.
  await expect(page.locator('.MuiSkeleton-root, [aria-busy="true"]')).toHaveCount(0);
  return axeViolations(page, { scope, seriousOnly: true, where });
}

/** Opens a dialog with `open`, checks it, and closes it with Escape (no dialog here writes anything until confirmed). */
async function checkDialog(
  page: Page,
  found: string[],
  where: string,
  open: Locator | (() => Promise<void>),
  name: string | RegExp,
) {
  await (typeof open === 'function' ? open() : open.click());
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  // The page behind was checked on its own; the dialog is what is new (and axe is slow on a loaded CI machine).
  found.push(...(await seriousViolations(page, where, '[role="dialog"]')));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`every page and main dialog in the ${theme} theme`, () => {
    test.describe.configure({ timeout: 120_000 });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('vdk-dashboard.theme', JSON.stringify(value)), theme);
    });

    test(`job lists and the create dialog (${theme})`, async ({ page }) => {
      const found: string[] = [];
      await page.goto(`/teams/${TEAM}/jobs`);
      await expect(page.getByRole('table', { name: 'Jobs' }).getByRole('row').nth(1)).toBeVisible();
      await expect(page.locator('body')).toHaveCSS(
        'background-color',
        theme === 'dark' ? /rgb\((\d|[1-5]\d), / : 'rgb(255, 255, 255)',
      );
      found.push(...(await seriousViolations(page, 'job list')));
      await checkDialog(
        page,
        found,
        'create job dialog',
        page.getByRole('button', { name: 'Create job' }).first(),
        'Create job',
      );
      await checkDialog(page, found, 'shortcuts help', () => page.keyboard.press('?'), 'Keyboard shortcuts');
      await checkDialog(
        page,
        found,
        'command palette with results',
        async () => {
          await page.keyboard.press('ControlOrMeta+k');
          await page.keyboard.type('ingest');
          await expect(page.getByRole('option').first()).toBeVisible();
        },
        'Go to or do',
      );

      await page.goto('/jobs');
      await expect(page.getByRole('table', { name: 'Jobs' }).getByRole('row').nth(1)).toBeVisible();
      found.push(...(await seriousViolations(page, 'all-teams job list')));
      expect(found).toEqual([]);
    });

    test(`job page and its dialogs (${theme})`, async ({ page, api }) => {
      const latest = await api.latestFinishedExecution(TEAM);
      const found: string[] = [];
      await page.goto(`/teams/${TEAM}/jobs/${latest.jobName}`);
      await expect(page.getByRole('heading', { level: 1, name: latest.jobName })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Recent executions' })).toBeVisible();
      found.push(...(await seriousViolations(page, 'job page')));
      await checkDialog(
        page,
        found,
        'execute now',
        page.getByRole('button', { name: 'Execute now' }),
        `Execute ${latest.jobName} now?`,
      );
      await checkDialog(
        page,
        found,
        'execute with arguments',
        page.getByRole('button', { name: /Execute with arguments/ }),
        /with arguments/,
      );
      await checkDialog(
        page,
        found,
        'delete job',
        page.getByRole('button', { name: 'Delete job' }),
        `Delete ${latest.jobName}?`,
      );
      expect(found).toEqual([]);
    });

    test(`deployment, executions, execution and not-found pages (${theme})`, async ({ page, api }) => {
      const latest = await api.latestFinishedExecution(TEAM);
      const jobUrl = `/teams/${TEAM}/jobs/${latest.jobName}`;
      const found: string[] = [];
      await page.goto(`${jobUrl}/deployment`);
      await expect(page.getByRole('heading', { name: 'Deploy a new version' })).toBeVisible();
      found.push(...(await seriousViolations(page, 'deployment page')));

      await page.goto(`${jobUrl}/executions`);
      await expect(page.getByRole('table', { name: 'Executions' }).getByRole('row').nth(1)).toBeVisible();
      found.push(...(await seriousViolations(page, 'executions list')));

      await page.goto(`${jobUrl}/executions/${latest.id}`);
      await expect(page.getByRole('heading', { name: `Execution ${latest.id}` })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Logs', exact: true })).toBeVisible();
      found.push(...(await seriousViolations(page, 'execution page')));

      await page.goto(`/teams/${TEAM}/jobs/no-such-job-anywhere`);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      found.push(...(await seriousViolations(page, 'unknown job')));

      await page.goto('/this/route/does/not/exist');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      found.push(...(await seriousViolations(page, 'unknown route')));
      expect(found).toEqual([]);
    });
  });
}

test('keyboard only: ? lists the shortcuts; Ctrl+K finds a job of another team and opens it; never while typing', async ({
  page,
  api,
}) => {
  test.setTimeout(60_000);
  const other = (await api.latestFinishedExecution('data-platform')).jobName;
  await page.goto(`/teams/${TEAM}/jobs`);
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  await search.fill('');
  await search.press('?');
  await search.press('ControlOrMeta+k');
  await expect(search).toHaveValue('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await search.blur();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('cell', { name: 'Ctrl+K / ⌘K' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Go to or do' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(other);
  const option = palette.getByRole('option').filter({ hasText: other }).filter({ hasText: 'data-platform' }).first();
  await expect(option).toBeVisible();
  while ((await option.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/teams/data-platform/jobs/${other}$`));
  await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();
});

test('keyboard only: tab to a job, open it with Enter, reach its actions', async ({ page }) => {
  test.setTimeout(60_000);
  // Deployed without a schedule, so never running here: a running job's "Execute now" is disabled.
  const jobName = 'analytics-sandbox-refresh';
  await page.goto(`/teams/${TEAM}/jobs`);
  const firstJob = page.getByRole('table', { name: 'Jobs' }).getByRole('row').nth(1).getByRole('link').first();
  await expect(firstJob).toBeVisible();

  /** Presses Tab until `target` has focus; fails after `limit` presses. */
  async function tabTo(target: Locator, limit: number) {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Focus did not reach ${target.toString()} within ${limit} Tab presses`);
  }

  // The list's own shortcut puts focus in the search box; the table follows it in tab order.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search jobs' })).toBeFocused();
  await page.keyboard.type(jobName);
  await expect(firstJob).toHaveText(jobName);
  await tabTo(firstJob, 25);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: jobName })).toBeVisible();

  const executeNow = page.getByRole('button', { name: 'Execute now' });
  await tabTo(executeNow, 20);
  // Where keyboard focus is can be seen.
  expect(await executeNow.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Execute ${jobName} now?` });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog (MUI focuses the dialog itself or its first control).
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(executeNow).toBeFocused();
});
