import type { Page } from '@playwright/test';
import { axeViolations } from '../fixtures/axe';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';

/** WCAG 2.1 A/AA problems axe finds in the page's main content, as readable lines. */
const violations = (page: Page) => axeViolations(page, { scope: 'main' });

test.describe('job pages are accessible', () => {
  test.describe.configure({ timeout: 60_000 });

  test('overview, with every editor open, and deployment', async ({ page, api }) => {
    const job = uniqueName('job-a11y');
    await api.createJob(TEAM, { job_name: job, config: { schedule: { schedule_cron: '0 3 * * *' } } });
    await page.goto(`/teams/${TEAM}/jobs/${job}`);
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Next 5 runs' })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    for (const name of [
      'Edit description',
      'Edit schedule',
      'Edit notifications',
      'Edit settings',
      'Edit properties',
    ]) {
      await page.getByRole('button', { name }).click();
    }
    await page.getByRole('region', { name: 'Properties' }).getByRole('button', { name: 'Add property' }).click();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Deployment' }).click();
    await expect(page.getByRole('heading', { name: 'Deploy a new version' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
