import type { Page } from '@playwright/test';
import { controlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

/**
 * Issue #16 item 1: at 1280 and 1440 px wide no page scrolls sideways, whatever the data. A job with the longest name
 * the service allows, a long description and a failed run with a long message (one unbroken token in it, as paths
 * and stack traces have) is added to the demo team, then every page with a table is measured.
 */
const TEAM = 'data-platform';
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];
const LONG_MESSAGE =
  'Query failed: table analytics.sales_orders_2026_staging_partitioned_by_region_and_day does not exist; ' +
  'while running 20_ingest.py at /opt/vdk/jobs/ingest/steps/20_ingest.py line 412: ' +
  'Traceback /usr/lib/python3.9/site-packages/vdk/internal/builtin_plugins/connection/impl/router.py:' +
  'ConnectionRouter.execute_query_with_retries_and_exponential_backoff_for_transient_errors';

interface Overflow {
  what: string;
  scrollWidth: number;
  clientWidth: number;
  /** Each column's width, to see which one is too wide. */
  columns?: string;
}

/** The document, and every table's scrolling box, wider inside than outside. */
async function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Overflow[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      found.push({ what: 'page', scrollWidth: root.scrollWidth, clientWidth: window.innerWidth });
    }
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      const box = table.parentElement!;
      const what = `table "${table.getAttribute('aria-label') ?? table.querySelector('caption')?.textContent ?? '?'}"`;
      if (box.scrollWidth > box.clientWidth) {
        const columns = Array.from(table.querySelectorAll('thead th'))
          .map((th) => `${th.textContent || '·'} ${Math.round(th.getBoundingClientRect().width)}`)
          .join(', ');
        found.push({ what, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, columns });
      }
    }
    return found;
  });
}

test.describe('tables fit the screen', () => {
  test.describe.configure({ timeout: 180_000 });

  test('no page with a table scrolls sideways at 1280 and 1440 px', async ({ page, api, baseURL, apiAccessToken }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('a-job-with-a-name-as-long-as-allowed');
    expect(job.length).toBeGreaterThanOrEqual(48);
    await api.createJob(TEAM, {
      job_name: job,
      description:
        'Loads the nightly sales orders of every region into the staging warehouse and reconciles them against ' +
        'the ledger before the finance close',
    });
    await service.setProperties(TEAM, job, {});
    await service.deploy(TEAM, job);
    await service.profile(job, {
      durationSeconds: 1,
      jitter: 0,
      startDelaySeconds: 0,
      userErrorRate: 1,
      platformErrorRate: 0,
      skippedRate: 0,
    });
    const id = await service.start(TEAM, job);
    await expect.poll(() => service.executionStatus(TEAM, job, id), { timeout: 30_000 }).toBe('user_error');
    await service.call('PUT', `/__emulator/executions/${encodeURIComponent(id)}`, { message: LONG_MESSAGE });

    const pages = [
      { url: `/teams/${TEAM}`, ready: page.getByRole('link', { name: job }).first() },
      { url: `/teams/${TEAM}/jobs?search=a-job`, ready: page.getByRole('link', { name: job, exact: true }) },
      { url: `/teams/${TEAM}/jobs`, ready: page.getByRole('table', { name: 'Jobs', exact: true }) },
      { url: `/teams/${TEAM}/jobs/${job}/executions`, ready: page.getByRole('link', { name: id }) },
      { url: `/teams/${TEAM}/executions`, ready: page.getByRole('link', { name: id }) },
      { url: `/teams/${TEAM}/failures`, ready: page.getByRole('link', { name: job }).first() },
      { url: `/jobs`, ready: page.getByRole('link', { name: job, exact: true }) },
      { url: `/executions`, ready: page.getByRole('link', { name: id }) },
    ];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const { url, ready } of pages) {
        await test.step(`${url} at ${viewport.width} px`, async () => {
          await page.goto(url);
          await expect(ready).toBeVisible({ timeout: 30_000 });
          await expect(page.getByRole('progressbar')).toHaveCount(0);
          expect.soft(await overflows(page), `${url} at ${viewport.width} × ${viewport.height}`).toEqual([]);
        });
      }
    }
  });

  test('below 1440 px the success rate steps out of the job list, and the column chooser brings it back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/teams/${TEAM}/jobs`);
    const table = page.getByRole('table', { name: 'Jobs', exact: true });
    await expect(table.getByRole('columnheader', { name: 'Last run' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Success rate' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Success rate' }).click();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('columnheader', { name: 'Success rate' })).toBeVisible();
    // Wider than the screen by the user's choice: the table scrolls in its box, the page does not.
    expect((await overflows(page)).filter(({ what }) => what === 'page')).toEqual([]);

    // A choice made by hand holds at any width.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(table.getByRole('columnheader', { name: 'Success rate' })).toBeVisible();
  });

  test('a long job name is cut to fit and shown whole on keyboard focus', async ({ page, api }) => {
    const job = uniqueName('a-job-with-a-name-as-long-as-allowed');
    await api.createJob(TEAM, { job_name: job });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/teams/${TEAM}/jobs?search=${job}`);
    const link = page.getByRole('link', { name: job, exact: true });
    await expect(link).toBeVisible();
    expect(await link.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(220);

    await link.focus();
    await expect(page.getByRole('tooltip').filter({ hasText: job })).toBeVisible();
  });
});
