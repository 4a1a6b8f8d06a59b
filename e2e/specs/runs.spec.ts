import type { Page } from '@playwright/test';
import { controlService, type ControlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

/** alice's team in the demo seed: about twenty jobs with two weeks of history. */
const TEAM = 'analytics';
const runsUrl = (query = '') => `/teams/${TEAM}/executions${query ? `?${query}` : ''}`;
/** Runs that stay running for the whole test: 15 emulated minutes are 90 s on the 10x clock. */
const LONG_RUN = {
  durationSeconds: 900,
  jitter: 0,
  startDelaySeconds: 0,
  userErrorRate: 0,
  platformErrorRate: 0,
  skippedRate: 0,
};

const jobLinks = (page: Page) =>
  page.getByRole('table', { name: 'Executions' }).getByRole('link').filter({ hasNotText: /-\d+$/ });

test.describe('runs page', () => {
  // Runs go through their real phases on a 10x clock, and several engineers share the machine.
  test.describe.configure({ timeout: 150_000 });
  let service: ControlService;

  test.beforeEach(({ baseURL, apiAccessToken }) => {
    service = controlService(baseURL!, apiAccessToken!);
  });

  test('lists several jobs, keeps its filters on reload, shows a run started elsewhere, cancels two together', async ({
    page,
    api,
  }) => {
    const first = uniqueName('runs-a');
    const second = uniqueName('runs-b');
    for (const job of [first, second]) {
      await api.createJob(TEAM, { job_name: job });
      await service.deploy(TEAM, job);
      await service.profile(job, LONG_RUN);
    }
    const firstRun = await service.start(TEAM, first);

    // The page's clock runs as usual, and jumps to the idle refresh below instead of the test sitting through it.
    await page.clock.install();
    // Every run of the team, newest first: the new run and the seeded history of other jobs.
    await page.goto(runsUrl());
    await expect(page.getByRole('heading', { name: `Runs of ${TEAM}` })).toBeVisible();
    await expect(page.getByRole('link', { name: firstRun })).toBeVisible();
    await expect.poll(async () => new Set(await jobLinks(page).allTextContents()).size).toBeGreaterThan(1);

    // Filters live in the URL and survive a reload.
    await page.goto(runsUrl('status=running&status=submitted&type=manual'));
    await page.reload();
    await expect(page.getByRole('button', { name: 'Status: Running, Submitted' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Type: Manual' })).toBeVisible();
    await expect(page.getByRole('link', { name: firstRun })).toBeVisible();

    // An idle list (nothing on it runs) still refreshes itself: a run started through the API appears, no reload.
    await page.goto(runsUrl(`job=${second}`));
    await expect(page.getByText('No executions match these filters')).toBeVisible();
    const refresh = page.getByText(/refreshes every \d+ s/);
    await expect(refresh).toBeVisible();
    const refreshSeconds = Number(/every (\d+) s/.exec((await refresh.textContent())!)![1]);
    const secondRun = await service.start(TEAM, second);
    await page.clock.fastForward(refreshSeconds * 1000);
    await expect(page.getByRole('link', { name: secondRun })).toBeVisible();

    // Tick both, one confirmation listing them, one outcome each.
    await page.goto(runsUrl('status=running&status=submitted&type=manual'));
    await page.getByRole('checkbox', { name: `Select run ${firstRun}` }).check();
    await page.getByRole('checkbox', { name: `Select run ${secondRun}` }).check();
    await page.getByRole('button', { name: 'Cancel selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel 2 executions?' });
    await expect(dialog.getByRole('list', { name: 'Executions to cancel' })).toContainText(firstRun);
    await expect(dialog.getByRole('list', { name: 'Executions to cancel' })).toContainText(secondRun);
    await dialog.getByRole('button', { name: 'Cancel 2 executions' }).click();
    const outcomes = page.getByRole('list', { name: 'Outcome per execution' });
    await expect(outcomes.getByRole('listitem')).toHaveCount(2);
    await expect(outcomes.getByText('Cancelled', { exact: true })).toHaveCount(2);
    await expect(page.getByRole('status').filter({ hasText: '2 cancelled.' })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await service.executionStatus(TEAM, first, firstRun)).toBe('cancelled');
    expect(await service.executionStatus(TEAM, second, secondRun)).toBe('cancelled');
    await expect(page.getByRole('link', { name: firstRun })).toBeHidden();
  });

  test('a history row cancels a running run with the same control', async ({ page, api }) => {
    const job = uniqueName('runs-history');
    await api.createJob(TEAM, { job_name: job });
    await service.deploy(TEAM, job);
    await service.profile(job, LONG_RUN);
    const run = await service.start(TEAM, job);
    await page.goto(`/teams/${TEAM}/jobs/${job}/executions`);
    await page.getByRole('button', { name: `Cancel execution ${run}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel execution' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await service.executionStatus(TEAM, job, run)).toBe('cancelled');
  });

  test('the timeline marks a missed tick of a disabled job and the overlap risk of a job slower than its schedule', async ({
    page,
    api,
  }) => {
    const disabled = uniqueName('runs-missed');
    const slow = uniqueName('runs-overlap');
    const everyMinute = { schedule: { schedule_cron: '* * * * *' } };
    for (const job of [disabled, slow]) {
      await api.createJob(TEAM, { job_name: job, config: everyMinute });
      await service.deploy(TEAM, job);
    }
    // The slow job runs 150 s on a schedule of every 60 s; the other is disabled right after its deployment.
    await service.profile(slow, { ...LONG_RUN, durationSeconds: 150 });
    await service.call('PATCH', `/data-jobs/for-team/${TEAM}/jobs/${disabled}/deployments/release`, {
      enabled: false,
    });

    // Six minutes of ticks at once: one is called missed once it is two minutes old, and the slow job's first run
    // (150 s) has finished, its next ticks skipped.
    await service.advanceClock(6 * 60_000);

    // One timeline of the two jobs: a lane each, and no other job's.
    await page.goto(runsUrl(`view=timeline&job=${disabled}&job=${slow}`));
    const lanes = page.getByRole('region', { name: 'Runs per job' }).getByRole('listitem');
    await expect(lanes).toHaveCount(2);
    await expect(
      page.getByRole('img', { name: /Missed: no execution started, because the job is disabled/ }).first(),
    ).toBeVisible({ timeout: 30_000 });
    await expect(lanes.filter({ hasText: disabled })).toContainText(/\d+ missed/);

    const lane = lanes.filter({ hasText: slow });
    await expect(lane).toContainText('overlap risk', { timeout: 30_000 });
    await expect(
      lane.getByRole('img', { name: /Skipped: VDK does not start a run while the previous one/ }).first(),
    ).toBeVisible();
    // A run opens from its bar (by keyboard here: at this zoom the bars of runs minutes apart touch).
    await lane
      .getByRole('link', { name: new RegExp(`^${slow} ${slow}-\\d+: Succeeded`) })
      .first()
      .press('Enter');
    await expect(page).toHaveURL(new RegExp(`/jobs/${slow}/executions/${slow}-\\d+$`));
  });
});
