import { controlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';

test.describe('team home', () => {
  // A run goes through its phases on the 10× clock, and several engineers share the machine.
  test.describe.configure({ timeout: 90_000 });

  test('shows a failure the emulator produced; its link lands on the run', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('home-fail');
    await api.createJob(TEAM, {
      job_name: job,
      config: {
        contacts: {
          notified_on_job_failure_user_error: ['oncall@example.com'],
          notified_on_job_failure_platform_error: [],
          notified_on_job_success: [],
          notified_on_job_deploy: [],
        },
        enable_execution_notifications: true,
      },
    });
    await service.deploy(TEAM, job);
    await service.profile(job, {
      startDelaySeconds: 1,
      durationSeconds: 5,
      jitter: 0,
      userErrorRate: 1,
      platformErrorRate: 0,
      skippedRate: 0,
    });
    const id = await service.start(TEAM, job);
    await expect.poll(() => service.executionStatus(TEAM, job, id), { timeout: 30_000 }).toBe('user_error');

    await page.goto('/');
    await expect(page).toHaveURL(/\/teams\/data-platform$/);
    await page.goto(`/teams/${TEAM}`);
    await expect(page.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();

    const coverage = page.getByRole('region', { name: 'Notification coverage' });
    await expect(coverage.getByRole('region', { name: 'Platform errors notify nobody' })).toContainText(job);
    await expect(coverage.getByRole('region', { name: 'User errors notify nobody' })).not.toContainText(job);

    const failures = page.getByRole('region', { name: 'Recent failures (24 h)' });
    await expect(failures.getByRole('row').filter({ hasText: job })).toContainText('User error');
    await failures.getByRole('link', { name: `${job}: newest failed run` }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${job}/executions/${id}$`));
    await expect(page.getByRole('heading', { name: `Execution ${id}` })).toBeVisible();
  });

  test('every count opens its filtered page, and "All teams" opens every team’s home', async ({ page }) => {
    await page.goto(`/teams/${TEAM}`);
    const health = page.getByRole('region', { name: 'Health now' });
    await health.getByRole('link', { name: /disabled$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs\\?deployment=disabled$`));

    await page.goto(`/teams/${TEAM}`);
    await page.getByRole('button', { name: `Team: ${TEAM}` }).click();
    await page.getByRole('menuitemradio', { name: 'All teams' }).click();
    await expect(page).toHaveURL(/\/teams$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All teams' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Success over time' })).toContainText(/finished runs?/);
  });
});
