import type { Page } from '@playwright/test';
import { controlService } from '../fixtures/control-service';
import {
  expect,
  signInWithForm,
  test,
  TOKEN_TTL_SECONDS,
  uniqueName,
  waitUntilAccessTokenExpired,
} from '../fixtures/login';
import { guardPage, SECRETS_DISABLED } from '../fixtures/page-guard';

/** Pages of the provider (sign-in form) and the app's sign-in callback the tab went through from now on. */
function recordSignInPages(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const { pathname } = new URL(frame.url());
    if (/^\/(oidc|auth)\//.test(pathname)) seen.push(pathname);
  });
  return seen;
}

/**
 * The session changes under a user who is editing: the sign-in ends at the provider, the user is taken
 * off a team. (Tokens that simply expire and renew during an edit: login.spec.ts.)
 */
test.describe('a session that changes while the user edits', () => {
  test('when the provider ended the session, the user signs in again and comes back to the form with the edit, then saves', async ({
    page,
    api,
    baseURL,
    identityAdmin,
  }) => {
    test.slow();
    const job = uniqueName('session-ended');
    await api.createJob('analytics', { job_name: job, config: { schedule: { schedule_cron: '0 3 * * *' } } });
    const deepLink = `/teams/analytics/jobs/${job}`;
    // The browser's own lines for the refused token (401) and refresh token (400) are expected here.
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED, /status of 40[01]/] });
    await page.goto(deepLink);
    await signInWithForm(page, 'alice');
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    const signInPages = recordSignInPages(page);

    await page.getByRole('button', { name: 'Edit schedule' }).click();
    const cron = page.getByRole('textbox', { name: 'Cron schedule' });
    await cron.fill('30 6 * * 1-5');
    // An administrator signs alice out everywhere; her access token runs out while she is still typing.
    await identityAdmin.endSignIn('alice');
    await waitUntilAccessTokenExpired(page, baseURL!);
    await page.getByRole('button', { name: 'Save' }).click();

    // No renewal is possible: the provider asks her to sign in (its session ended too), nothing was saved.
    await expect(page.getByRole('heading', { name: 'Sign in to VDK Dashboard' })).toBeVisible();
    expect((await api.getJob('analytics', job)).config?.schedule?.schedule_cron).toBe('0 3 * * *');
    await signInWithForm(page, 'alice');

    await expect(page).toHaveURL(deepLink);
    await expect(page.getByText('Restored your unsaved edits from earlier.')).toBeVisible();
    await expect(cron).toHaveValue('30 6 * * 1-5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(cron).toBeHidden();
    expect((await api.getJob('analytics', job)).config?.schedule?.schedule_cron).toBe('30 6 * * 1-5');
    expect(signInPages, 'through the sign-in form and the callback').toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/oidc\/interaction\//), '/auth/callback']),
    );
    guard.expectClean();
  });

  test('when someone else signs in after the session ended, they are not offered the edits of the person before', async ({
    page,
    api,
    baseURL,
    identityAdmin,
  }) => {
    test.slow();
    const job = uniqueName('session-handover');
    await api.createJob('analytics', { job_name: job, description: 'As saved.' });
    await page.goto(`/teams/analytics/jobs/${job}`);
    await signInWithForm(page, 'alice');
    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Alice’s half-finished sentence');
    await identityAdmin.endSignIn('alice');
    await waitUntilAccessTokenExpired(page, baseURL!);
    await page.getByRole('button', { name: 'Save' }).click();

    await signInWithForm(page, 'bob');
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expect(page.getByText('As saved.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden();
    await expect(page.getByText('Restored your unsaved edits from earlier.')).toBeHidden();
    expect((await api.getJob('analytics', job)).description).toBe('As saved.');
  });

  test('removed from a team mid-session, the user sees "no access" naming the team, keeps the edit, and works on in her other team', async ({
    page,
    api,
    apiAccessToken,
    baseURL,
    identityAdmin,
  }) => {
    test.slow();
    const job = uniqueName('session-team');
    const other = uniqueName('session-other');
    await api.createJob('analytics', { job_name: job, description: 'Owned by analytics.' });
    await api.createJob('data-platform', { job_name: other, description: 'Still hers.' });
    const service = controlService(baseURL!, apiAccessToken!);
    await service.deploy('analytics', job);
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED, /status of 403/] });
    await page.goto(`/teams/analytics/jobs/${job}`);
    await signInWithForm(page, 'alice');
    await expect(page.getByText('Owned by analytics.')).toBeVisible();

    await page.getByRole('button', { name: 'Edit description' }).click();
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.fill('Edited just before the removal.');
    await identityAdmin.setTeams('alice', ['data-platform']);

    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'No access to team analytics' });
    await expect(refusal).toContainText('No access to team analytics: the description could not be saved');
    await expect(refusal).toContainText("User 'alice' is not authorized to write to team 'analytics'.");
    await expect(description).toHaveValue('Edited just before the removal.');
    expect((await api.getJob('analytics', job)).description).toBe('Owned by analytics.');

    // Execute is refused in its dialog the same way; nothing starts.
    await page.getByRole('button', { name: 'Execute now' }).click();
    const dialog = page.getByRole('dialog', { name: `Execute ${job} now?` });
    await dialog.getByRole('button', { name: 'Execute now' }).click();
    await expect(dialog.getByRole('alert')).toContainText(`No access: you are not allowed to execute ${job}.`);
    await expect(dialog.getByRole('alert')).toContainText("team 'analytics'");
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await service.call('GET', `/data-jobs/for-team/analytics/jobs/${job}/executions`)).json).toEqual([]);

    // Reading stays allowed: a reload shows the job, and the edit is still there.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expect(page.getByText('Restored your unsaved edits from earlier.')).toBeVisible();
    await expect(description).toHaveValue('Edited just before the removal.');

    // With the next renewed token her teams are the new ones; her remaining team works as before.
    await expect(async () => {
      await page.getByRole('button', { name: 'Alice Example' }).click();
      const teams = page.getByRole('dialog', { name: 'Alice Example' }).getByRole('list', { name: 'Your teams' });
      try {
        await expect(teams.getByRole('listitem')).toHaveText(['data-platform'], { timeout: 1000 });
      } finally {
        await page.keyboard.press('Escape');
      }
    }).toPass({ timeout: (TOKEN_TTL_SECONDS + 5) * 1000 });
    await page.getByRole('banner').getByRole('button', { name: 'Team: analytics' }).click();
    await page.getByRole('menuitemradio', { name: 'data-platform' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jobs of data-platform' })).toBeVisible();
    await page.getByRole('link', { name: other }).click();
    await expect(page.getByRole('heading', { level: 1, name: other })).toBeVisible();
    await page.getByRole('button', { name: 'Edit description' }).click();
    const ownDescription = page.getByRole('textbox', { name: 'Description' });
    await ownDescription.fill('Changed after the removal, in her own team.');
    await page.getByRole('button', { name: 'Save' }).click();
    // Saved once the editor closes: until then the open editor's own textarea holds the text (React mirrors a
    // controlled textarea's value into its text), so finding the text alone would not wait for the save.
    await expect(ownDescription).toBeHidden();
    await expect(page.getByRole('region', { name: 'Description' })).toContainText(
      'Changed after the removal, in her own team.',
    );
    expect((await api.getJob('data-platform', other)).description).toBe('Changed after the removal, in her own team.');
    guard.expectClean();
  });
});
