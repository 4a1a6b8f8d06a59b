import { expectUsableLayout, guardPage } from '../fixtures/page-guard';
import { expect, test } from '../fixtures/signed-in';

const TEAM = 'analytics';

test.describe('hostile URLs and config give a clear message and a way out', () => {
  test('an unknown route says so and links back into the app', async ({ page }) => {
    const guard = guardPage(page);
    await page.goto('/no/such/page?x=<script>alert(1)</script>');
    await expectUsableLayout(page);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    await main.getByRole('link').last().click();
    await expect(page).not.toHaveURL(/no\/such\/page/);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    guard.expectClean();
  });

  test('malformed list parameters are named in a notice, defaults are shown, and the link can be cleaned', async ({
    page,
  }) => {
    const guard = guardPage(page);
    await page.goto(`/teams/${TEAM}/jobs?page=-3&size=100000&sort=drop_table&status=exploded`);
    const notice = page.getByRole('alert').filter({ hasText: 'ignored' });
    for (const param of ['page=-3', 'size=100000', 'sort=drop_table', 'status=exploded']) {
      await expect(notice).toContainText(param);
    }
    const table = page.getByRole('table', { name: 'Jobs' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await notice.getByRole('button', { name: 'Remove from link' }).click();
    await expect(notice).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs$`));
    guard.expectClean();
  });

  test('malformed execution-history parameters are named and ignored', async ({ page, api }) => {
    const guard = guardPage(page);
    const latest = await api.latestFinishedExecution(TEAM);
    await page.goto(`/teams/${TEAM}/jobs/${latest.jobName}/executions?page=0&size=-1&status=bogus&order=sideways`);
    await expect(page.getByRole('alert').filter({ hasText: 'ignored' })).toContainText('status');
    await expect(page.getByRole('table', { name: 'Executions' }).getByRole('row').nth(1)).toBeVisible();
    guard.expectClean();
  });

  test('an unknown job says it was not found and leads back to the team', async ({ page }) => {
    const guard = guardPage(page, { allowConsole: [/status of 404/] });
    await page.goto(`/teams/${TEAM}/jobs/no-such-job-here`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Job no-such-job-here not found in team ${TEAM}` }),
    ).toBeVisible();
    await page.getByRole('link', { name: `Back to the jobs of ${TEAM}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Jobs of ${TEAM}` })).toBeVisible();
    guard.expectClean();
  });

  test('an unknown execution says it was not found and leads back', async ({ page, api }) => {
    const guard = guardPage(page, { allowConsole: [/status of 404/] });
    const latest = await api.latestFinishedExecution(TEAM);
    await page.goto(`/teams/${TEAM}/jobs/${latest.jobName}/executions/${latest.jobName}-1`);
    await expectUsableLayout(page);
    await expect(page.getByRole('main')).toContainText(/not found/i);
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: /back|executions/i })
        .first(),
    ).toBeVisible();
    guard.expectClean();
  });

  test('an unknown team shows an empty team with a way to another team', async ({ page }) => {
    const guard = guardPage(page);
    await page.goto('/teams/no-such-team-zz/jobs');
    await expectUsableLayout(page);
    await expect(page.getByRole('main')).toContainText(/no jobs|no such team|not found/i);
    await expect(page.getByRole('button', { name: /Team:/ })).toBeVisible();
    guard.expectClean();
  });

  test('a config.json with wrong types shows the error page naming each field', async ({ page }) => {
    const guard = guardPage(page);
    await page.route('**/config.json', async (route) => {
      const config = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({
        json: { ...config, teams: 'analytics', pollIntervalMs: 'fast', timeZone: 42 },
      });
    });
    await page.goto(`/teams/${TEAM}/jobs`);
    await expect(page.getByRole('heading', { level: 1, name: 'VDK Dashboard cannot start' })).toBeVisible();
    const fields = page.getByRole('table', { name: 'Wrong fields in config.json' });
    for (const field of ['teams', 'pollIntervalMs', 'timeZone']) {
      await expect(fields.getByRole('rowheader', { name: field })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
    guard.expectClean();
  });
});
