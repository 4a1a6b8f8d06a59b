import type { Page } from '@playwright/test';
import { controlService } from '../fixtures/control-service';
import { HOSTILE_FLAG, HOSTILE_PAYLOADS, MEGABYTE } from '../fixtures/hostile-payloads';
import { expectOnlyHttpLinks, expectUsableLayout, guardPage, SECRETS_DISABLED } from '../fixtures/page-guard';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

/** Text an API field showed on the page: the payload as plain text, never as markup. */
const probe = (index: number) => `hostile-${String(index).padStart(2, '0')}`;

/** Rendered the page, waited for `ready`, and found nothing ran, nothing broke and the layout still works. */
async function expectRenderedSafely(page: Page, guard: ReturnType<typeof guardPage>) {
  await expectUsableLayout(page);
  await expectOnlyHttpLinks(page);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG)).toBe(
    undefined,
  );
  expect(await page.locator('main script, main iframe, main svg[onload], main img[onerror]').count()).toBe(0);
  guard.expectClean();
}

test.describe('hostile content from the API renders as text', () => {
  test.describe.configure({ timeout: 90_000 });

  test(`${HOSTILE_PAYLOADS.length} payloads in descriptions, contacts, properties, arguments, started-by and log lines`, async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
    const stem = uniqueName('hostile');

    // One job per payload in its description (the list shows each in its own row), one with the megabyte.
    const rowJobs = HOSTILE_PAYLOADS.map((_, index) => `${stem}-${String(index).padStart(2, '0')}`);
    for (let start = 0; start < rowJobs.length; start += 10) {
      await Promise.all(
        rowJobs.slice(start, start + 10).map((job, offset) =>
          api.createJob(TEAM, {
            job_name: job,
            description: `${probe(start + offset)} ${HOSTILE_PAYLOADS[start + offset]}`,
          }),
        ),
      );
    }
    await api.createJob(TEAM, { job_name: `${stem}-mb`, description: MEGABYTE });

    // One job carrying every payload in every field it has.
    const job = `${stem}-all`;
    const list = [...HOSTILE_PAYLOADS];
    await api.createJob(TEAM, {
      job_name: job,
      description: HOSTILE_PAYLOADS.map((payload, index) => `${probe(index)} ${payload}`).join('\n'),
      config: {
        contacts: {
          notified_on_job_failure_user_error: list,
          notified_on_job_failure_platform_error: list,
          notified_on_job_success: list,
          notified_on_job_deploy: list,
        },
      },
    });
    const everything = Object.fromEntries(
      HOSTILE_PAYLOADS.map((payload, index) => [`${probe(index)} ${payload}`, payload]),
    );
    await service.setProperties(TEAM, job, { ...everything, nested: { list, megabyte: MEGABYTE } });
    await service.deploy(TEAM, job);
    await service.profile(job, {
      steps: HOSTILE_PAYLOADS.map((payload, index) => `${probe(index)} ${payload}`),
      durationSeconds: 5,
      jitter: 0,
      startDelaySeconds: 0,
      userErrorRate: 0,
      platformErrorRate: 0,
      skippedRate: 0,
    });
    const executionId = await service.start(TEAM, job, {
      started_by: `manual/${HOSTILE_PAYLOADS.slice(0, 30).join(' ')}`,
      args: { ...everything, list },
    });
    await expect.poll(() => service.executionStatus(TEAM, job, executionId), { timeout: 30_000 }).toBe('succeeded');

    await test.step('job list: a row per payload', async () => {
      await page.goto(`/teams/${TEAM}/jobs?search=${stem}&size=100`);
      const table = page.getByRole('table', { name: 'Jobs' });
      await expect(table.getByRole('link', { name: `${stem}-all`, exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(table.getByRole('link', { name: `${stem}-mb`, exact: true })).toBeVisible();
      await expect(table).toContainText(`${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      await expectRenderedSafely(page, guard);
    });

    await test.step('job page: description, contacts, properties', async () => {
      await page.goto(jobUrl(job));
      await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(`${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      const properties = page.getByRole('region', { name: 'Properties' }).getByRole('table', { name: 'Properties' });
      await expect(properties).toContainText(probe(HOSTILE_PAYLOADS.length - 1));
      await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(HOSTILE_PAYLOADS[1]!);
      await expect(page.getByRole('button', { name: 'Edit description' })).toBeInViewport();
      await expectRenderedSafely(page, guard);
    });

    await test.step('job page with a megabyte description', async () => {
      await page.goto(jobUrl(`${stem}-mb`));
      await expect(page.getByRole('heading', { level: 1, name: `${stem}-mb` })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();
      await expectRenderedSafely(page, guard);
    });

    await test.step('deployment page', async () => {
      await page.goto(`${jobUrl(job)}/deployment`);
      await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
      await expect(page.getByRole('main')).toContainText('3.9');
      await expectRenderedSafely(page, guard);
    });

    await test.step('executions list: started-by', async () => {
      await page.goto(`${jobUrl(job)}/executions`);
      const table = page.getByRole('table', { name: 'Executions' });
      await expect(table.getByRole('link', { name: executionId })).toBeVisible();
      await expect(table).toContainText(HOSTILE_PAYLOADS[0]!);
      await expectRenderedSafely(page, guard);
    });

    await test.step('execution page: arguments, started-by, log lines', async () => {
      await page.goto(`${jobUrl(job)}/executions/${executionId}`);
      await expect(page.getByRole('heading', { name: `Execution ${executionId}` })).toBeVisible();
      const execution = page.getByRole('region', { name: `Execution ${executionId}` });
      await expect(execution).toContainText(`${probe(3)} ${HOSTILE_PAYLOADS[3]}`.slice(0, 40));
      const logLines = page.getByRole('region', { name: 'Log lines' });
      await expect(logLines).toContainText(`Processing step ${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      await expectRenderedSafely(page, guard);
    });
  });
});
