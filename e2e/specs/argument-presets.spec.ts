import { controlService } from '../fixtures/control-service';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';

test.describe('argument presets', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a preset saved in the execute dialog is offered again after a reload', async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const control = controlService(baseURL!, apiAccessToken!);
    const job = uniqueName('presets');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(TEAM, job);

    await page.goto(`/teams/${TEAM}/jobs/${job}/executions`);
    await page.getByRole('button', { name: /Execute with arguments/ }).click();
    let dialog = page.getByRole('dialog', { name: 'Execute now with arguments' });
    await dialog.getByRole('textbox', { name: 'Arguments (JSON object)' }).fill('{"date": "2026-11-27"}');
    await dialog.getByRole('textbox', { name: 'Preset name' }).fill('backfill November');
    await dialog.getByRole('button', { name: 'Save preset' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Saved preset “backfill November”');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.reload();
    await page.getByRole('button', { name: /Execute with arguments/ }).click();
    dialog = page.getByRole('dialog', { name: 'Execute now with arguments' });
    const editor = dialog.getByRole('textbox', { name: 'Arguments (JSON object)' });
    await expect(editor).toHaveValue('');
    await dialog.getByRole('combobox', { name: 'Start from' }).click();
    await page.getByRole('option', { name: 'Preset: backfill November' }).click();
    await expect(editor).toHaveValue(/"date": "2026-11-27"/);
  });
});
