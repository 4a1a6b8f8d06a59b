import { expect, test, uniqueName } from '../fixtures/signed-in';
import { adminHeaders } from '../support/admin-token';
import { startSignedIn } from '../fixtures/auth';
import { controlService } from '../fixtures/control-service';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

test.describe('job overview', () => {
  // Several steps against a clock-driven service on a busy machine: more than the default 30 s.
  test.describe.configure({ timeout: 60_000 });
  test('edited description and schedule are kept after a reload', async ({ page, api }) => {
    const job = uniqueName('job-edit');
    await api.createJob(TEAM, { job_name: job, description: 'Old description' });
    await page.goto(jobUrl(job));
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();

    await page.getByRole('button', { name: 'Edit description' }).click();
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('Loads sales into the warehouse');
    await page.getByRole('button', { name: 'Save' }).click();
    // Saved, not only typed (the open editor's textarea holds the text too): the editor closes once it is.
    await expect(description).toBeHidden();
    await expect(page.getByRole('region', { name: 'Description' })).toContainText('Loads sales into the warehouse');

    await page.getByRole('button', { name: 'Edit schedule' }).click();
    await page.getByRole('textbox', { name: 'Cron schedule' }).fill('30 2 * * 1-5');
    await expect(page.getByRole('table', { name: 'Next 5 runs' })).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    const schedule = page.getByRole('region', { name: 'Schedule' });
    await expect(schedule.getByText('At 02:30, Monday through Friday')).toBeVisible();

    await page.reload();
    await expect(page.getByText('Loads sales into the warehouse')).toBeVisible();
    await expect(schedule.getByText('At 02:30, Monday through Friday')).toBeVisible();
    await expect(schedule.getByRole('table', { name: 'Next 5 runs' }).getByRole('row')).toHaveCount(6);
    const saved = await api.getJob(TEAM, job);
    expect(saved.description).toBe('Loads sales into the warehouse');
    expect(saved.config.schedule?.schedule_cron).toBe('30 2 * * 1-5');
  });

  test('an invalid cron cannot be saved and says why', async ({ page, api }) => {
    const job = uniqueName('job-cron');
    await api.createJob(TEAM, { job_name: job, config: { schedule: { schedule_cron: '0 * * * *' } } });
    await page.goto(jobUrl(job));
    await page.getByRole('button', { name: 'Edit schedule' }).click();
    const cron = page.getByRole('textbox', { name: 'Cron schedule' });
    const save = page.getByRole('button', { name: 'Save' });

    await cron.fill('61 * * * *');
    await expect(cron).toHaveAccessibleDescription(/minute field has a value out of range/);
    await expect(save).toBeDisabled();

    await cron.fill('0 2 * *');
    await expect(cron).toHaveAccessibleDescription(/5 fields .* this one has 4/);
    await expect(save).toBeDisabled();

    await cron.fill('0 2 * * *');
    await expect(save).toBeEnabled();
    expect((await api.getJob(TEAM, job)).config.schedule?.schedule_cron).toBe('0 * * * *');
  });

  test('edited properties are shown after a reload', async ({ page, api }) => {
    const job = uniqueName('job-props');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(jobUrl(job));
    const properties = page.getByRole('region', { name: 'Properties' });
    await properties.getByRole('button', { name: 'Edit properties' }).click();

    await properties.getByRole('button', { name: 'Add property' }).click();
    await properties.getByRole('textbox', { name: 'Key 1' }).fill('batch_size');
    await properties.getByRole('combobox', { name: 'Type 1' }).click();
    await page.getByRole('option', { name: 'Number' }).click();
    await properties.getByRole('textbox', { name: 'Value 1' }).fill('five hundred');
    await expect(properties.getByRole('textbox', { name: 'Value 1' })).toHaveAccessibleDescription(/not a number/);
    await expect(properties.getByRole('button', { name: /Review/ })).toBeDisabled();
    await properties.getByRole('textbox', { name: 'Value 1' }).fill('500');

    await properties.getByRole('button', { name: 'Add property' }).click();
    await properties.getByRole('textbox', { name: 'Key 2' }).fill('last_run');
    await properties.getByRole('textbox', { name: 'Value 2' }).fill('2026-11-01');

    await properties.getByRole('button', { name: 'Review 2 changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save properties?' });
    await expect(dialog.getByRole('list', { name: 'Changes to properties' })).toContainText('Added batch_size: 500');
    await dialog.getByRole('button', { name: 'Save properties' }).click();
    await expect(properties.getByRole('table', { name: 'Properties' })).toContainText('batch_size');

    await page.reload();
    const table = page.getByRole('region', { name: 'Properties' }).getByRole('table', { name: 'Properties' });
    await expect(table.getByRole('row', { name: /batch_size number 500/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /last_run string "2026-11-01"/ })).toBeVisible();
  });

  test('a failed save keeps what was typed, and saving again works', async ({ page, api, baseURL }) => {
    const job = uniqueName('job-fault');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(jobUrl(job));
    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Typed before the outage');

    const setFaults = (errorRate: number) =>
      page.request
        .put(`${baseURL}/__emulator/faults`, { data: { errorRate }, headers: adminHeaders })
        .then((r) => expect(r.ok()).toBe(true));
    await setFaults(1);
    try {
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Could not save the description')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed before the outage');
    } finally {
      await setFaults(0);
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden();
    expect((await api.getJob(TEAM, job)).description).toBe('Typed before the outage');
  });

  test('download keytab gives a file', async ({ page, api }) => {
    const job = uniqueName('job-keytab');
    await api.createJob(TEAM, { job_name: job, config: { generate_keytab: true } });
    await page.goto(jobUrl(job));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download keytab' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${job}.keytab`);
    const stream = await download.createReadStream();
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    expect(bytes).toBeGreaterThan(0);
  });

  test('a deleted job is gone from the list', async ({ page, api }) => {
    const prefix = uniqueName('job-del');
    const doomed = `${prefix}-a`;
    const kept = `${prefix}-b`;
    await api.createJob(TEAM, { job_name: doomed });
    await api.createJob(TEAM, { job_name: kept });
    await page.goto(jobUrl(doomed));

    await page.getByRole('button', { name: 'Delete job' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${doomed}?` });
    await expect(dialog).toContainText('credentials');
    await expect(dialog.getByRole('button', { name: 'Delete job' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: `Type “${doomed}” to confirm` }).fill(doomed);
    await dialog.getByRole('button', { name: 'Delete job' }).click();

    await expect(page).toHaveURL(new RegExp(`/teams/${TEAM}/jobs$`));
    await page.goto(`/teams/${TEAM}/jobs?search=${prefix}`);
    await expect(page.getByRole('link', { name: kept, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: doomed, exact: true })).toHaveCount(0);

    await page.goto(jobUrl(doomed));
    await expect(page.getByRole('heading', { name: `Job ${doomed} not found in team ${TEAM}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Back to the jobs of ${TEAM}` })).toBeVisible();
  });

  test('two people edit the same job: the second is told and loses nothing', async ({
    page,
    api,
    browser,
    baseURL,
    tokens,
  }) => {
    const job = uniqueName('job-conflict');
    await api.createJob(TEAM, {
      job_name: job,
      description: 'Original',
      config: { schedule: { schedule_cron: '0 1 * * *' } },
    });

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await startSignedIn(otherPage, baseURL!, tokens);
    try {
      await page.goto(jobUrl(job));
      await otherPage.goto(jobUrl(job));

      // The second person starts editing first...
      await page.getByRole('button', { name: 'Edit description' }).click();
      await page.getByRole('textbox', { name: 'Description' }).fill('Mine: the second save');

      // ...while the first one changes the schedule and saves.
      await otherPage.getByRole('button', { name: 'Edit schedule' }).click();
      await otherPage.getByRole('textbox', { name: 'Cron schedule' }).fill('15 3 * * *');
      await otherPage.getByRole('button', { name: 'Save' }).click();
      // Saved, not only previewed (the editor shows "At 03:15" as it is typed): the editor closes once it is.
      await expect(otherPage.getByRole('textbox', { name: 'Cron schedule' })).toBeHidden();
      await expect(otherPage.getByText('At 03:15')).toBeVisible();

      await page.getByRole('button', { name: 'Save' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'changed by someone else' });
      await expect(conflict).toBeVisible();
      await expect(conflict.getByRole('list', { name: 'Changes made by someone else' })).toContainText(
        'Schedule: 0 1 * * * → 15 3 * * *',
      );
      await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Mine: the second save');
      expect((await api.getJob(TEAM, job)).description).toBe('Original');

      await conflict.getByRole('button', { name: 'Apply my edits to the latest version' }).click();
      await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden();
      const saved = await api.getJob(TEAM, job);
      expect(saved.description).toBe('Mine: the second save');
      expect(saved.config.schedule?.schedule_cron).toBe('15 3 * * *');
    } finally {
      await other.close();
    }
  });

  test('a schedule changed outside the deployment: the page says so and applies it', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('off-schedule');
    await api.createJob(TEAM, { job_name: job, config: { schedule: { schedule_cron: '* * * * *' } } });
    await service.setProperties(TEAM, job, {});
    await service.deploy(TEAM, job);
    await service.profile(job, { durationSeconds: 1, jitter: 0, startDelaySeconds: 0 });
    // Saved as the CLI does (PUT job), without applying it to the deployment: it keeps firing every minute.
    const saved = await api.getJob(TEAM, job);
    // The service answers `db_default_type: null` but refuses it in a PUT.
    const { db_default_type: _unset, ...config } = saved.config;
    await service.call('PUT', `/data-jobs/for-team/${TEAM}/jobs/${job}`, {
      ...saved,
      config: { ...config, schedule: { schedule_cron: '0 0 1 1 *' } },
    });
    // The deployment's every-minute schedule fires now, instead of the test waiting for its tick and a page refresh.
    await service.advanceClock(60_000);

    await page.goto(jobUrl(job));
    const schedule = page.getByRole('region', { name: 'Schedule' });
    const notice = schedule.getByRole('status').filter({ hasText: 'The deployment runs another schedule' });
    await expect(notice).toBeVisible();
    await expect(page.getByText(/^Not known: the deployment runs another schedule/)).toBeVisible();

    await notice.getByRole('button', { name: 'Apply to the deployment now' }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByText(/^Not known: the deployment runs another schedule/)).toBeHidden();
  });
});
