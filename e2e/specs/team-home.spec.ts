import { controlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';

/** A job whose user errors notify on-call and whose platform errors notify nobody: one gap in its coverage. */
const notifiedOnUserErrorOnly = (job: string) => ({
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
    await api.createJob(TEAM, notifiedOnUserErrorOnly(job));
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
    const row = failures.getByRole('row').filter({ hasText: job });
    await expect(row).toContainText('User error');
    // The run's start (its duration after it is a <time> too) opens its exact time beside it, though the card
    // contains its own layout and paint.
    const time = row.locator('time').first();
    await time.hover();
    const hint = page.getByRole('tooltip');
    await expect(hint).toBeVisible();
    const [anchor, opened] = await Promise.all([time.boundingBox(), hint.boundingBox()]);
    // Under it, or over it near the window's bottom; level with its start, or further left near the right edge.
    const gap = Math.max(opened!.y - (anchor!.y + anchor!.height), anchor!.y - (opened!.y + opened!.height));
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(12);
    expect(opened!.x).toBeLessThanOrEqual(anchor!.x + 1);
    expect(opened!.x + opened!.width).toBeGreaterThan(anchor!.x);
    await failures.getByRole('link', { name: `${job}: newest failed run` }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${job}/executions/${id}$`));
    await expect(page.getByRole('heading', { name: `Execution ${id}` })).toBeVisible();

    // "Health now" counts the job among those whose last run failed with a user error, and its link lists it.
    await page.goBack();
    await page
      .getByRole('region', { name: 'Health now' })
      .getByRole('link', { name: /^[1-9][\d,]* failing: user error$/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs\\?status=user_error$`));
    await page.getByRole('searchbox', { name: 'Search jobs' }).fill(job);
    await expect(page.getByRole('link', { name: job, exact: true })).toBeVisible();
  });

  test('a notification coverage row opens that job’s contacts editor at the list that notifies nobody', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const job = uniqueName('home-uncovered');
    await api.createJob(TEAM, notifiedOnUserErrorOnly(job));
    await controlService(baseURL!, apiAccessToken!).deploy(TEAM, job);

    await page.goto(`/teams/${TEAM}`);
    const uncovered = page
      .getByRole('region', { name: 'Notification coverage' })
      .getByRole('region', { name: 'Platform errors notify nobody' });
    await uncovered.getByRole('link', { name: `${job} · edit contacts` }).click();

    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${job}\\?edit=contacts&field=`));
    const editor = page.getByRole('form', { name: 'Edit notifications' });
    const platform = editor.getByRole('textbox', { name: 'On platform error' });
    await expect(platform).toBeFocused();
    await expect(platform).toBeInViewport();
    // The link survives a reload: the editor opens again, at the same list.
    await page.reload();
    await expect(platform).toBeFocused();

    await page.keyboard.type('platform@example.com');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('platform@example.com');
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${job}$`));
  });

  test('counts a scheduled run the emulator missed; the job’s link opens the timeline that marks it missed', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('home-missed');
    await api.createJob(TEAM, { job_name: job, config: { schedule: { schedule_cron: '* * * * *' } } });
    // Enabled and scheduled every minute, but no tick creates a run: each passes as a missed run.
    await service.profile(job, { missedTickRate: 1 });
    await service.deploy(TEAM, job);

    // Four minutes of ticks at once: a tick is missed once it is two minutes old; the home checks the schedules when
    // it opens.
    await service.advanceClock(4 * 60_000);
    const health = page.getByRole('region', { name: 'Health now' });
    await page.goto(`/teams/${TEAM}`);
    await expect(health.getByRole('link', { name: job, exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(health.getByRole('link', { name: /^[1-9][\d,]* missed runs?, 24 h$/ })).toBeVisible();
    await expect(health).toContainText(new RegExp(`${job} \\([1-9]\\d* missed\\)`));

    await health.getByRole('link', { name: job, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/executions\\?.*view=timeline`));
    // The home stays on screen until the runs page has rendered: its first page with MUI, then the timeline's own
    // chunk and its two requests. On a shared machine (load 14 on 2 cores) that took 11 s after the URL changed.
    const timeline = page.getByRole('region', { name: 'Runs per job' });
    await expect(timeline).toBeVisible({ timeout: 30_000 });
    // The timeline's own lane: the home's lists name the job too.
    const lane = timeline.getByRole('listitem').filter({ hasText: job });
    await expect(lane).toContainText(/[1-9]\d* missed/);
    await expect(
      lane.getByRole('img', { name: /Missed: no execution started at this time and none was running/ }).first(),
    ).toBeVisible();
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
    // Every team's runs: the chart fills as its 96 counts (24 hours × 4 outcomes) come in, the newest hours first.
    const chart = page
      .getByRole('region', { name: 'Success over time' })
      .getByRole('group', { name: /^Finished runs per hour/ });
    await expect(chart.getByRole('link').first()).toBeVisible();
  });
});
