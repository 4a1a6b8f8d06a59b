import { strToU8, zipSync } from 'fflate';
import { controlService, type ControlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
/** Short runs that fail (or not) as told. */
const QUICK = { durationSeconds: 20, jitter: 0, startDelaySeconds: 1, skippedRate: 0 };

/** Starts a run and moves the emulator's clock past its end instead of waiting for it. */
async function runUntil(control: ControlService, job: string, status: string): Promise<string> {
  const id = await control.start(TEAM, job, { started_by: 'manual/e2e' });
  await control.advanceClock((QUICK.startDelaySeconds + QUICK.durationSeconds) * 1000);
  await expect.poll(() => control.executionStatus(TEAM, job, id), { timeout: 30_000 }).toBe(status);
  return id;
}

/** Uploads another version of the job's code and deploys it; returns its version. */
async function deployNewVersion(control: ControlService, job: string): Promise<string> {
  const jobPath = `/data-jobs/for-team/${TEAM}/jobs/${job}`;
  const zip = zipSync({
    [`${job}/config.ini`]: strToU8(`[owner]\nteam = ${TEAM}\n`),
    [`${job}/20_ingest.py`]: strToU8('def run(job_input):\n    raise KeyError("customer_id")\n'),
  });
  const { json } = await control.call('POST', `${jobPath}/sources`, zip, 'application/octet-stream');
  const version = (json as { version_sha: string }).version_sha;
  await control.call('POST', `${jobPath}/deployments`, { job_version: version, python_version: '3.9' });
  await expect
    .poll(
      async () =>
        ((await control.call('GET', `${jobPath}/deployments`)).json as { job_version?: string }[])[0]?.job_version,
      {
        timeout: 15_000,
      },
    )
    .toBe(version);
  return version;
}

test.describe('failures page', () => {
  test.describe.configure({ timeout: 120_000 });

  test('two jobs failing on the platform together are one incident; a job failing since a deployment names the version', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const control = controlService(baseURL!, apiAccessToken!);
    const [first, second, changed] = ['incident-a', 'incident-b', 'changed'].map((name) =>
      uniqueName(`failures-${name}`),
    );
    for (const job of [first!, second!, changed!]) {
      await api.createJob(TEAM, { job_name: job });
      await control.deploy(TEAM, job);
    }
    await control.profile(first!, { ...QUICK, platformErrorRate: 1, userErrorRate: 0 });
    await control.profile(second!, { ...QUICK, platformErrorRate: 1, userErrorRate: 0 });
    await control.profile(changed!, { ...QUICK, platformErrorRate: 0, userErrorRate: 0 });

    await Promise.all([
      runUntil(control, first!, 'platform_error'),
      runUntil(control, second!, 'platform_error'),
      runUntil(control, changed!, 'succeeded').then(() => runUntil(control, changed!, 'succeeded')),
    ]);
    const version = await deployNewVersion(control, changed!);
    await control.profile(changed!, { ...QUICK, platformErrorRate: 0, userErrorRate: 1 });
    const failedId = await runUntil(control, changed!, 'user_error');

    await page.goto(`/teams/${TEAM}/failures`);
    const causes = page.getByRole('region', { name: 'Causes' });
    const incident = causes
      .getByRole('article')
      .filter({ hasText: 'Probable platform incident' })
      .filter({ hasText: first! });
    await expect(incident).toHaveCount(1, { timeout: 20_000 });
    await expect(incident).toContainText(second!);

    const change = causes.getByRole('article', { name: `Failing since job version ${version}` });
    await expect(change).toHaveCount(1);
    await expect(change).toContainText('Started with a change');
    await expect(change).toContainText('deployed by alice');
    await expect(change).toContainText(/the previous version \w+ succeeded 2 times/);
    await change.getByRole('link', { name: failedId }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${changed}/executions/${failedId}$`));

    // The incident's runs: the runs page filtered to its two jobs, and only their runs listed.
    await page.goBack();
    await incident.getByRole('link', { name: /^Show these \d+ runs$/ }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/executions\\?`));
    const filtered = page.getByRole('list', { name: 'Only the jobs' });
    await expect(filtered.getByRole('listitem')).toHaveText([first!, second!].sort());
    const table = page.getByRole('table', { name: 'Executions' });
    // Each row links its run (an id that starts with the job's name) and its job.
    const linksOf = (job: string) => table.getByRole('link', { name: new RegExp(`^${job}`) });
    await expect(linksOf(first!).first()).toBeVisible();
    await expect(linksOf(second!).first()).toBeVisible();
    const listed = await table.getByRole('link').allTextContents();
    expect(listed.filter((name) => !name.startsWith(first!) && !name.startsWith(second!))).toEqual([]);

    // A job taken off the filter is off the list.
    await filtered.getByRole('button', { name: `Remove job ${first}` }).click();
    await expect(linksOf(first!)).toHaveCount(0);
    await expect(linksOf(second!).first()).toBeVisible();
  });

  test('the all-teams page reads a failed run’s log, names its exception, and leads to the run in its team', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const control = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('failures-log');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(TEAM, job);
    await control.profile(job, { ...QUICK, platformErrorRate: 0, userErrorRate: 1 });
    const failedId = await runUntil(control, job, 'user_error');

    // An execution does not name its team, and the logs endpoint needs it: the page asks the team of each job read.
    await page.goto('/failures');
    const fromLog = page
      .getByRole('region', { name: 'Causes' })
      .getByRole('article')
      .filter({ hasText: 'From logs this browser read' })
      .filter({ hasText: job });
    await expect(fromLog).toHaveCount(1, { timeout: 20_000 });
    await expect(fromLog).toContainText("KeyError: '");
    // A run names no team, but the page asked the team of the job whose log it read: the link opens the run there.
    await fromLog.getByRole('link', { name: failedId }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs/${job}/executions/${failedId}$`));
  });
});
