import { controlService, type ControlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
/** Short runs that keep their logs for the whole test. */
const QUICK = { durationSeconds: 20, jitter: 0, startDelaySeconds: 1, skippedRate: 0, podTtlSeconds: 36_000 };
/**
 * A failing run stops after 30–90 % of its duration: 24–72 s, so B takes 4–52 s longer than A (with 60, B could take
 * as long as A, and the page rightly said so: a flaky test).
 */
const FAILING_DURATION_SECONDS = 80;

/** Moves the emulator's clock past the run's end instead of waiting for it, then waits for its status. */
async function finished(control: ControlService, job: string, id: string, status: string) {
  await control.advanceClock((QUICK.startDelaySeconds + FAILING_DURATION_SECONDS) * 1000);
  await expect.poll(() => control.executionStatus(TEAM, job, id), { timeout: 30_000 }).toBe(status);
}

test.describe('compare two runs', () => {
  test.describe.configure({ timeout: 120_000 });

  test('ticking a good and a failed run in the history compares them field by field and line by line', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const control = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('diff');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(TEAM, job);
    await control.profile(job, { ...QUICK, platformErrorRate: 0, userErrorRate: 0 });
    const good = await control.start(TEAM, job, { started_by: 'manual/e2e' });
    await finished(control, job, good, 'succeeded');

    // The failing run is started from the dashboard, with arguments: the service never reports them.
    await control.profile(job, {
      ...QUICK,
      durationSeconds: FAILING_DURATION_SECONDS,
      platformErrorRate: 0,
      userErrorRate: 1,
    });
    await page.goto(`/teams/${TEAM}/jobs/${job}/executions`);
    await page.getByRole('button', { name: 'Execute with arguments…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Execute now with arguments' });
    await dialog.getByRole('textbox', { name: 'Arguments (JSON object)' }).fill('{"date": "2026-12-01"}');
    await dialog.getByRole('button', { name: 'Execute' }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${job}/executions/${job}-[^/?]+$`));
    const bad = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await finished(control, job, bad, 'user_error');
    // As if opened in another tab: only the browser's store (IndexedDB) still knows the arguments.
    await page.evaluate(() => sessionStorage.removeItem('vdk-dashboard.sent-arguments'));

    await page.goto(`/teams/${TEAM}/jobs/${job}/executions`);
    const compareGroup = page.getByRole('group', { name: 'Compare runs' });
    await page.getByRole('checkbox', { name: `Select run ${bad}` }).check();
    await expect(compareGroup.getByRole('button', { name: 'Compare' })).toBeDisabled();
    await expect(compareGroup).toContainText('Tick one more run to compare.');
    await page.getByRole('checkbox', { name: `Select run ${good}` }).check();
    await compareGroup.getByRole('link', { name: 'Compare' }).click();
    await expect(page).toHaveURL(new RegExp(`/executions/compare\\?a=${good}&b=${bad}$`));

    const facts = page.getByRole('table', { name: 'Differences between the two runs' });
    await expect(facts.getByRole('columnheader', { name: `A: ${good}` })).toBeVisible();
    await expect(facts.getByRole('columnheader', { name: `B: ${bad}` })).toBeVisible();
    const status = facts.getByRole('row').filter({ hasText: 'Status' });
    await expect(status).toContainText('Succeeded');
    await expect(status).toContainText('User error');
    await expect(status).toContainText('Different');
    const args = facts.getByRole('row').filter({ hasText: 'Arguments' });
    await expect(args).toContainText('{"date":"2026-12-01"}');
    await expect(args).toContainText('Not known: not started from this browser');
    await expect(page.getByText(/^B took \d+s (longer|less) than A\.$/)).toBeVisible();

    const log = page.getByRole('table', { name: 'Log lines of A and B aligned' });
    await expect(page.getByText(/\d+ lines? differs? \(timestamps and execution ids ignored\)/)).toBeVisible({
      timeout: 20_000,
    });
    await expect(
      log
        .getByRole('row')
        .filter({ hasText: /Only in [AB]/ })
        .first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Jump to the first difference' }).click();
    const focused = log.locator('tbody tr:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toContainText(/Only in [AB]/);
    await expect(focused).toBeInViewport();

    // From the failed run's page: beside the job's last successful run.
    await page.goto(`/teams/${TEAM}/jobs/${job}/executions/${bad}`);
    await page.getByRole('link', { name: 'Compare with the last successful run' }).click();
    await expect(page).toHaveURL(new RegExp(`/executions/compare\\?a=${good}&b=${bad}$`));
    await expect(page.getByRole('table', { name: 'Differences between the two runs' })).toBeVisible();
  });
});
