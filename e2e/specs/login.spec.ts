import type { Page, Request } from '@playwright/test';
import { decodeJwt } from 'jose';
import { dashboardAuth } from '../fixtures/auth';
import { userStoreKey } from '../../src/auth/storage-keys';
import {
  accessibilityViolations,
  expect,
  expectNoLoginInLocalStorage,
  signInWithForm,
  recordRenewals,
  test,
  TOKEN_TTL_SECONDS,
  uniqueName,
} from '../fixtures/login';
import { guardPage, SECRETS_DISABLED } from '../fixtures/page-guard';

/** Every Authorization header the dashboard sent to the Control Service API. */
function recordApiAuthorization(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/data-jobs'))
      seen.push(request.headers().authorization ?? '(none)');
  });
  return seen;
}

test.describe('login with OpenID Connect', () => {
  test('a deep link opened signed out leads through sign-in back to that page, with data and a bearer token', async ({
    page,
    api,
    baseURL,
  }) => {
    const job = uniqueName('login-deep');
    await api.createJob('analytics', { job_name: job, description: 'Loads the quarterly numbers.' });
    const authorization = recordApiAuthorization(page);
    const deepLink = `/teams/analytics/jobs/${job}?from=bookmark`;

    await page.goto(deepLink);
    await expect(page).toHaveURL(/\/oidc\/interaction\//);
    await expectNoLoginInLocalStorage(page);

    await expect(page.getByRole('heading', { name: 'Sign in to VDK Dashboard' })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    await signInWithForm(page, 'alice', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('Wrong username or password');
    await expect(page.getByLabel('Username')).toHaveValue('alice');
    expect(await accessibilityViolations(page)).toEqual([]);
    await signInWithForm(page, 'alice');

    await expect(page).toHaveURL(deepLink);
    await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
    await expect(page.getByText('Loads the quarterly numbers.')).toBeVisible();
    expect(authorization.length).toBeGreaterThan(0);
    for (const header of authorization) expect(header).toMatch(/^Bearer eyJ[\w-]+\.[\w-]+\.[\w-]+$/);

    // The user menu names the user and the teams from the token's groups claim.
    await page.getByRole('button', { name: 'Alice Example' }).click();
    const teams = page.getByRole('dialog', { name: 'Alice Example' }).getByRole('list', { name: 'Your teams' });
    await expect(teams.getByRole('listitem')).toHaveText(['data-platform', 'analytics']);
    await page.keyboard.press('Escape');

    // The user is kept in this tab's sessionStorage, where oidc-client-ts looks for it.
    const session = await page.evaluate(() => Object.keys(sessionStorage));
    expect(session).toContain(userStoreKey(await dashboardAuth(baseURL!)));
    await expectNoLoginInLocalStorage(page);
  });

  test(`with ${TOKEN_TTL_SECONDS}-second tokens an edit typed before expiry saves after it, without the sign-in page`, async ({
    page,
    api,
  }) => {
    test.slow();
    const job = uniqueName('login-ttl');
    await api.createJob('analytics', {
      job_name: job,
      description: 'Before.',
      config: { db_default_type: 'impala', schedule: { schedule_cron: '0 3 * * *' } },
    });
    const authorization = recordApiAuthorization(page);
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
    await page.goto(`/teams/analytics/jobs/${job}`);
    await signInWithForm(page, 'alice');
    await expect(page.getByText('Before.')).toBeVisible();
    const firstToken = authorization.at(-1);
    const providerPages: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().includes('/oidc/')) providerPages.push(frame.url());
    });
    const unauthorized: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 401) unauthorized.push(response.url());
    });
    const renewals = recordRenewals(page);

    // An edit typed now stays open until its token has expired and the renewed one was renewed again (each renewal
    // schedules the next); its save needs a valid token.
    await page.getByRole('button', { name: 'Edit description' }).click();
    const field = page.getByRole('textbox', { name: 'Description' });
    await field.fill('Typed before the tokens expired.');
    const firstExpiresMs = decodeJwt(firstToken!.replace(/^Bearer /, '')).exp! * 1000;
    await expect
      .poll(() => renewals.length >= 2 && Date.now() > firstExpiresMs + 1000, {
        message: 'two renewals, and the first token expired',
        timeout: (TOKEN_TTL_SECONDS * 2 + 10) * 1000,
        intervals: [250],
      })
      .toBe(true);
    await expect(field).toHaveValue('Typed before the tokens expired.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(field).toBeHidden();
    await expect(page.getByText('Typed before the tokens expired.')).toBeVisible();
    expect((await api.getJob('analytics', job)).description).toBe('Typed before the tokens expired.');

    expect(providerPages, 'no sign-in page after the first sign-in').toEqual([]);
    expect(unauthorized, 'renewal happens before expiry, so the API never says 401').toEqual([]);
    expect(firstToken).toMatch(/^Bearer /);
    expect(authorization.at(-1), 'the save carried a renewed token').not.toBe(firstToken);
    await expectNoLoginInLocalStorage(page);
    guard.expectClean();
  });

  test('bob may read an analytics job but not change it: its changes are disabled with the reason, and nothing changes', async ({
    page,
    api,
  }) => {
    const job = uniqueName('login-403');
    await api.createJob('analytics', { job_name: job, description: 'Owned by analytics.' });
    await page.goto(`/teams/analytics/jobs/${job}`);
    await signInWithForm(page, 'bob');
    await expect(page.getByText('Owned by analytics.')).toBeVisible();

    // bob's token names his teams: the dashboard says why before he types, instead of a 403 at save.
    const edit = page.getByRole('button', { name: 'Edit description' });
    await expect(edit).toBeDisabled();
    await expect(edit.locator('..')).toHaveAccessibleDescription('You are not a member of analytics.');
    for (const name of ['Execute now', 'Delete job']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeDisabled();
    }
    expect((await api.getJob('analytics', job)).description).toBe('Owned by analytics.');
    await expectNoLoginInLocalStorage(page);
  });

  test('a token the API refuses is renewed once and the request retried; when renewal fails too, sign-in starts again', async ({
    page,
    api,
    baseURL,
  }) => {
    const job = uniqueName('login-401');
    await api.createJob('analytics', { job_name: job, description: 'Still here.' });
    const deepLink = `/teams/analytics/jobs/${job}`;
    await page.goto(deepLink);
    await signInWithForm(page, 'alice');
    await expect(page.getByText('Still here.')).toBeVisible();
    const key = userStoreKey(await dashboardAuth(baseURL!));
    const spoil = (fields: string[]) =>
      page.evaluate(
        ({ key, fields }) => {
          const user = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, unknown>;
          for (const field of fields) user[field] = 'spoiled';
          sessionStorage.setItem(key, JSON.stringify(user));
        },
        { key, fields },
      );
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/data-jobs')) statuses.push(response.status());
    });
    const pages: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) pages.push(new URL(frame.url()).pathname);
    });

    // The API refuses the access token: the refresh token gets a new one and the request is sent again.
    await spoil(['access_token']);
    await page.reload();
    await expect(page.getByText('Still here.')).toBeVisible();
    expect(statuses).toContain(401);
    // Answers after the refusal: the retried reads succeed (secrets answer 501 on a service without Vault).
    expect(statuses.slice(statuses.lastIndexOf(401) + 1)).toContain(200);
    expect(
      pages.filter((path) => /\/(oidc|auth)\//.test(path)),
      'no sign-in page',
    ).toEqual([]);

    // Both tokens refused: a new sign-in (the provider still knows the browser) returns to the same page.
    await spoil(['access_token', 'refresh_token']);
    await page.reload();
    await expect(page).toHaveURL(deepLink);
    await expect(page.getByText('Still here.')).toBeVisible();
    expect(pages, 'went through the sign-in callback').toContain('/auth/callback');
  });

  test('unsaved edits survive a forced re-login', async ({ page, api, context }) => {
    const job = uniqueName('login-draft');
    await api.createJob('analytics', { job_name: job, description: 'Saved text.' });
    const deepLink = `/teams/analytics/jobs/${job}`;
    await page.goto(deepLink);
    await signInWithForm(page, 'alice');
    await page.getByRole('button', { name: 'Edit description' }).click();
    await page.getByRole('textbox', { name: 'Description' }).fill('Typed, not saved yet.');

    // The session is lost completely: the tab's user and the provider's cookie are gone.
    await page.evaluate(() => {
      for (const key of Object.keys(sessionStorage)) if (key.includes('oidc.user:')) sessionStorage.removeItem(key);
    });
    await context.clearCookies();
    await page.reload();
    await signInWithForm(page, 'alice');

    await expect(page).toHaveURL(deepLink);
    await expect(page.getByText('Restored your unsaved edits from earlier.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('Typed, not saved yet.');
  });

  test('sign-out ends the session: Back shows no data, and the next visit asks to sign in', async ({ page, api }) => {
    const job = uniqueName('login-out');
    await api.createJob('analytics', { job_name: job, description: 'Private numbers.' });
    const deepLink = `/teams/analytics/jobs/${job}`;
    await page.goto(deepLink);
    await signInWithForm(page, 'alice');
    await expect(page.getByText('Private numbers.')).toBeVisible();

    await page.getByRole('button', { name: 'Alice Example' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('oidc.user:')))).toEqual(
      [],
    );

    // Back shows the signed-out page again, or the page that had the data asking to sign in: never the data.
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.getByRole('heading', { name: /^(You are signed out|Sign in to VDK Dashboard)$/ })).toBeVisible();
    await expect(page.getByText('Private numbers.')).toBeHidden();

    // The provider's session ended too: opening the page again shows the sign-in form, not the data.
    await page.goto(deepLink);
    await expect(page.getByRole('heading', { name: 'Sign in to VDK Dashboard' })).toBeVisible();
    await expect(page.getByText('Private numbers.')).toBeHidden();
    await expectNoLoginInLocalStorage(page);
  });
});
