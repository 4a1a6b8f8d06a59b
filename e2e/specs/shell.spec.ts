import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/signed-in';

// The real public/config.json, as built into dist/ and served by the emulator: teams data-platform, analytics,
// finance; defaultTeam data-platform. A zone other than UTC, so the time-zone switch visibly changes timestamps.
test.use({ timezoneId: 'America/New_York' });

const banner = (page: Page) => page.getByRole('banner');

/** Picks `option` from one of the app bar's menus, found by the start of its accessible name ("Theme: …"). */
async function choose(page: Page, menu: string, option: string | RegExp) {
  await banner(page)
    .getByRole('button', { name: new RegExp(`^${menu}: `) })
    .click();
  await page.getByRole('menuitemradio', { name: option }).click();
}

test.describe('app shell', () => {
  test('renders with the served config: / opens the default team, with title and app bar', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/teams\/data-platform$/);
    await expect(banner(page).getByRole('link', { name: 'VDK Dashboard' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page).toHaveTitle(/VDK Dashboard$/);
    await expect(banner(page).getByRole('button', { name: 'Team: data-platform' })).toBeVisible();
  });

  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('/teams/data-platform/jobs');
    await expect(page.getByRole('main')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the team switcher lists the configured teams, switches, and / remembers the last team', async ({ page }) => {
    await page.goto('/teams/data-platform/jobs');
    await banner(page).getByRole('button', { name: 'Team: data-platform' }).click();
    for (const team of ['All teams', 'data-platform', 'analytics', 'finance']) {
      await expect(page.getByRole('menuitemradio', { name: team, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('menuitemradio', { name: 'data-platform' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('menuitemradio', { name: 'analytics' }).click();
    await expect(page).toHaveURL(/\/teams\/analytics\/jobs$/);
    await expect(banner(page).getByRole('button', { name: 'Team: analytics' })).toBeVisible();

    await page.goto('/');
    await expect(page).toHaveURL(/\/teams\/analytics$/);
  });

  test('the theme switch changes the colours and the choice survives a reload', async ({ page }) => {
    await page.goto('/teams/data-platform/jobs');
    const background = () => page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);

    await choose(page, 'Theme', 'Dark');
    await expect(banner(page).getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect.poll(background).toBe('rgb(18, 18, 18)');

    await page.reload();
    await expect(banner(page).getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    await expect.poll(background).toBe('rgb(18, 18, 18)');

    await choose(page, 'Theme', 'Light');
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });

  test('the time-zone switch shows timestamps in UTC or local time', async ({ page, api }) => {
    const execution = await api.latestFinishedExecution('data-platform');
    await page.goto(`/teams/data-platform/jobs/${execution.jobName}/executions/${execution.id}`);
    await choose(page, 'Time zone', /^Local/);
    const started = page.getByRole('main').locator(`time[datetime="${new Date(execution.startTime).toISOString()}"]`);
    const inUtc = new Date(execution.startTime).toISOString().replace('T', ' ').slice(0, 19);
    await expect(started.first()).toBeVisible();
    await expect(started.first()).not.toContainText(inUtc);

    await choose(page, 'Time zone', 'UTC');
    await expect(banner(page).getByRole('button', { name: 'Time zone: UTC' })).toBeVisible();
    await expect(started.first()).toHaveText(`${inUtc} UTC`);
  });

  test('an unknown address shows the not-found page inside the shell', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('/no/such/page');
    await expect(page).toHaveTitle('Page not found · VDK Dashboard');
    await expect(banner(page)).toBeVisible();
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await expect(page).toHaveURL(/\/teams\/[^/]+$/);
  });
});

test.describe('a broken config.json', () => {
  test('shows the error page naming each wrong field instead of the app', async ({ page, request }) => {
    const served = (await (await request.get('config.json')).json()) as Record<string, unknown>;
    // The one state served differently: the real file with two mistakes a deployer makes.
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { ...served, teams: 'data-platform', pollIntervalMs: 10 } }),
    );
    await page.goto('/teams/data-platform/jobs');

    await expect(page.getByRole('heading', { name: 'VDK Dashboard cannot start' })).toBeVisible();
    await expect(page.getByText('The configuration file has 2 wrong fields')).toBeVisible();
    const wrong = page.getByRole('table', { name: 'Wrong fields in config.json' });
    await expect(wrong.getByRole('rowheader', { name: 'teams' })).toBeVisible();
    await expect(wrong.getByRole('row', { name: /^teams / })).toContainText('a list of team names');
    await expect(wrong.getByRole('row', { name: /^pollIntervalMs / })).toContainText('at least 1000');
    await expect(page.getByRole('banner')).toHaveCount(0);
  });
});
