import { strToU8, zipSync } from 'fflate';
import { expect, test, uniqueName } from '../fixtures/signed-in';
import { adminHeaders } from '../support/admin-token';

const TEAM = 'analytics';

/** A minimal VDK job folder, zipped the way `vdk deploy` uploads it. */
function jobZip(job: string): Buffer {
  return Buffer.from(
    zipSync({
      [`${job}/config.ini`]: strToU8(`[owner]\nteam = ${TEAM}\n\n[job]\nschedule_cron = 0 * * * *\n`),
      [`${job}/10_hello.py`]: strToU8('def run(job_input):\n    print("hello")\n'),
      [`${job}/requirements.txt`]: strToU8(''),
    }),
  );
}

test.describe('deployment', () => {
  // Several steps against a clock-driven service on a busy machine: more than the default 30 s.
  test.describe.configure({ timeout: 60_000 });
  test('upload a zip and deploy it, then disable and enable', async ({ page, api }) => {
    const job = uniqueName('dep-zip');
    await api.createJob(TEAM, { job_name: job, config: { schedule: { schedule_cron: '0 * * * *' } } });
    await page.goto(`/teams/${TEAM}/jobs/${job}/deployment`);
    await expect(page.getByRole('heading', { name: 'Not deployed' })).toBeVisible();

    const upload = page.getByRole('form', { name: 'Deploy a new version' });
    await upload.getByLabel('Choose a zip file').setInputFiles({
      name: `${job}.zip`,
      mimeType: 'application/zip',
      buffer: jobZip(job),
    });
    await expect(upload.getByText(`Chosen: ${job}.zip`)).toBeVisible();
    await upload.getByRole('combobox', { name: 'Python version' }).click();
    await page.getByRole('option', { name: '3.9' }).click();
    await upload.getByRole('button', { name: 'Upload and deploy' }).click();

    await expect(page.getByText(/Deploying version/)).toBeVisible();
    await expect(page.getByText('Deployed', { exact: true })).toBeVisible({ timeout: 20_000 });

    const { data: deployments } = await api.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments', {
      params: { path: { team_name: TEAM, job_name: job } },
    });
    const version = deployments?.[0]?.job_version ?? '';
    expect(version).not.toBe('');
    const facts = page.getByRole('definition').filter({ hasText: version });
    await expect(facts).toBeVisible();
    await expect(
      page.getByText('Python version', { exact: true }).locator('xpath=following-sibling::dd[1]'),
    ).toHaveText('3.9');
    await expect(page.getByText('Deployed, enabled')).toBeVisible();

    await page.getByRole('button', { name: 'Disable', exact: true }).first().click();
    await page
      .getByRole('dialog', { name: `Disable ${job}?` })
      .getByRole('button', { name: 'Disable' })
      .click();
    await expect(page.getByText('Deployed, disabled')).toBeVisible();
    await expect(page.getByText('Disabled: runs only when started by hand')).toBeVisible();

    await page.getByRole('button', { name: 'Enable', exact: true }).first().click();
    await page
      .getByRole('dialog', { name: `Enable ${job}?` })
      .getByRole('button', { name: 'Enable' })
      .click();
    await expect(page.getByText('Deployed, enabled')).toBeVisible();
    const { data: after } = await api.rest.GET('/data-jobs/for-team/{team_name}/jobs/{job_name}/deployments', {
      params: { path: { team_name: TEAM, job_name: job } },
    });
    expect(after?.[0]?.enabled).toBe(true);

    await page.getByRole('button', { name: 'Undeploy' }).click();
    const undeploy = page.getByRole('dialog', { name: `Undeploy ${job}?` });
    await expect(undeploy).toContainText('an execution running now continues');
    await undeploy.getByRole('button', { name: 'Undeploy' }).click();
    await expect(page.getByRole('heading', { name: 'Not deployed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Execute now' })).toBeDisabled();
  });

  test('a failed upload keeps the chosen file and settings, and trying again deploys', async ({
    page,
    api,
    baseURL,
  }) => {
    const job = uniqueName('dep-fault');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(`/teams/${TEAM}/jobs/${job}/deployment`);
    const upload = page.getByRole('form', { name: 'Deploy a new version' });
    await upload.getByLabel('Choose a zip file').setInputFiles({
      name: `${job}.zip`,
      mimeType: 'application/zip',
      buffer: jobZip(job),
    });
    await upload.getByRole('checkbox', { name: /Enabled/ }).uncheck();

    const setFaults = (errorRate: number) =>
      page.request
        .put(`${baseURL}/__emulator/faults`, { data: { errorRate }, headers: adminHeaders })
        .then((r) => expect(r.ok()).toBe(true));
    await setFaults(1);
    try {
      await upload.getByRole('button', { name: 'Upload and deploy' }).click();
      await expect(upload.getByText(/could not store the source right now/)).toBeVisible();
      await expect(upload.getByText(`Chosen: ${job}.zip`)).toBeVisible();
      await expect(upload.getByRole('checkbox', { name: /Enabled/ })).not.toBeChecked();
    } finally {
      await setFaults(0);
    }
    await upload.getByRole('button', { name: 'Upload and deploy' }).click();
    await expect(page.getByText('Deployed', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Deployed, disabled')).toBeVisible();
  });

  test('a file that is not a zip is refused before upload', async ({ page, api }) => {
    const job = uniqueName('dep-bad');
    await api.createJob(TEAM, { job_name: job });
    await page.goto(`/teams/${TEAM}/jobs/${job}/deployment`);
    const upload = page.getByRole('form', { name: 'Deploy a new version' });
    await upload.getByLabel('Choose a zip file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a zip'),
    });
    await expect(upload.getByRole('alert')).toContainText('notes.txt is not a zip archive');
    await expect(upload.getByRole('button', { name: 'Upload and deploy' })).toBeDisabled();
  });
});
