import type { Page } from '@playwright/test';
import { signInOverHttp, startSignedIn } from '../fixtures/auth';
import { expect, type Hosting, PINNED_TEAM, test, uniqueName } from '../hosting/fixtures';

const TEAM = 'data-platform';

/** The portal page's own view of the dashboard, as examples/portal.js shows it. */
function portal(page: Page) {
  return {
    dashboard: page.frameLocator('iframe[title="VDK Dashboard"]'),
    frameElement: page.locator('iframe[title="VDK Dashboard"]'),
    route: page.getByRole('status', { name: 'Dashboard route' }),
    height: page.getByRole('status', { name: 'Frame height' }),
    openPath: async (path: string) => {
      await page.getByLabel('Dashboard path').fill(path);
      await page.getByRole('button', { name: 'Open' }).click();
    },
  };
}

/**
 * The provider cannot be shown in a frame (and a cross-site frame may get no storage): the dashboard asks for a
 * click that opens the provider in a popup, which closes itself when done.
 */
async function signInThroughPopup(page: Page) {
  const { dashboard } = portal(page);
  await expect(dashboard.getByRole('heading', { name: 'Sign in to VDK Dashboard' })).toBeVisible();
  const popupOpened = page.waitForEvent('popup');
  await dashboard.getByRole('button', { name: 'Sign in' }).click();
  const popup = await popupOpened;
  await popup.getByLabel('Username').fill('alice');
  await popup.getByLabel('Password').fill('demo');
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.waitForEvent('close');
}

/** Starts every frame of the page signed in to the dashboard (tokens where oidc-client-ts keeps them). */
async function signedInFrames(page: Page, hosting: Hosting, controlService: string) {
  await startSignedIn(page, hosting.consoleUrl.replace(/\/$/, ''), await signInOverHttp(controlService, 'alice'));
}

test.describe('embedding in a portal', () => {
  test('the portal signs in through the popup, sizes the frame from resize messages, follows the route, drives navigation and theme', async ({
    page,
    hosting,
    api,
    cspViolations,
  }) => {
    const job = uniqueName('embedded');
    await api.createJob(TEAM, { job_name: job, description: 'Opened by the portal' });
    const { dashboard, frameElement, route, height, openPath } = portal(page);
    // Everything the portal's window receives, as it arrives.
    const received: unknown[] = [];
    await page.exposeFunction('recordMessage', (data: unknown) => received.push(data));
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const record = (window as unknown as { recordMessage: (data: unknown) => void }).recordMessage;
      window.addEventListener('message', (event) => record(event.data));
    });

    await page.goto(hosting.portalUrl());
    await expect(route, 'nothing is reported before sign-in').toHaveText('(not connected)');
    await signInThroughPopup(page);

    // Chromeless: the portal brings the navigation; the dashboard shows no app bar. It opens on the team's home.
    await expect(dashboard.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();
    await expect(dashboard.getByRole('banner')).toHaveCount(0);
    await expect(route).toHaveText(`/teams/${TEAM}`);
    await openPath(`/teams/${TEAM}/jobs`);
    await expect(dashboard.getByRole('link', { name: job, exact: true })).toBeVisible();
    await expect(route).toHaveText(`/teams/${TEAM}/jobs`);

    // The frame is exactly as tall as the dashboard's content: no scrollbar inside it.
    const contentHeight = () =>
      dashboard.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const frameHeight = () => frameElement.evaluate((frame) => frame.clientHeight);
    const scrollsInside = () => dashboard.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight);
    await expect.poll(async () => (await frameHeight()) === (await contentHeight())).toBe(true);
    await expect(height).toHaveText(`${await contentHeight()}px`);
    expect(await scrollsInside()).toBe(false);

    // A click inside the dashboard is reported back as a route; the frame follows the new page's height.
    await dashboard.getByRole('link', { name: job, exact: true }).click();
    await expect(dashboard.getByRole('heading', { name: job })).toBeVisible();
    await expect(route).toHaveText(`/teams/${TEAM}/jobs/${job}`);
    await expect.poll(async () => (await frameHeight()) === (await contentHeight())).toBe(true);
    expect(await scrollsInside()).toBe(false);

    // The portal drives the dashboard: its own buttons, and any path.
    await page.getByRole('button', { name: 'Analytics jobs' }).click();
    await expect(dashboard.getByRole('heading', { name: 'Jobs of analytics' })).toBeVisible();
    await expect(route).toHaveText('/teams/analytics/jobs');
    await openPath(`/teams/${TEAM}/jobs/${job}`);
    await expect(dashboard.getByText('Opened by the portal')).toBeVisible();
    await expect(route).toHaveText(`/teams/${TEAM}/jobs/${job}`);

    // A path that would leave the dashboard is refused with a reason, and nothing moves.
    await openPath('//evil.example/phish');
    await expect(page.getByRole('alert')).toContainText('The dashboard rejected vdk-host:navigate');
    await expect(route).toHaveText(`/teams/${TEAM}/jobs/${job}`);
    await expect(dashboard.getByRole('heading', { name: job })).toBeVisible();

    await page.getByLabel('Theme').selectOption('dark');
    await expect
      .poll(() => dashboard.locator('html').evaluate((html) => getComputedStyle(html).colorScheme))
      .toBe('dark');

    // Only the contract's messages reached the portal, and none carries a token or who the user is.
    const types = new Set(received.map((data) => (data as { type?: unknown }).type));
    expect([...types].sort()).toEqual([
      'vdk-dashboard:ready',
      'vdk-dashboard:rejected',
      'vdk-dashboard:resize',
      'vdk-dashboard:route',
    ]);
    const everything = JSON.stringify(received);
    for (const secret of ['eyJ', 'token', 'alice', 'Alice']) expect(everything).not.toContain(secret);

    expect(cspViolations()).toEqual([]);
  });

  test('when the browser blocks the popup, the frame says so and offers the dashboard in a new tab', async ({
    page,
    hosting,
  }) => {
    // What a popup blocker does: window.open() returns null.
    await page.addInitScript(() => {
      window.open = () => null;
    });
    const { dashboard } = portal(page);
    await page.goto(hosting.portalUrl());
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await expect(dashboard.getByRole('alert')).toContainText('The browser blocked the sign-in window');

    const newTab = dashboard.getByRole('link', { name: 'Open the dashboard in a new tab' });
    await expect(newTab).toHaveAttribute('target', '_blank');
    const href = new URL((await newTab.getAttribute('href'))!);
    expect(href.href.startsWith(hosting.consoleUrl)).toBe(true);
    expect(href.searchParams.has('embed'), 'the tab has the full app, not the chromeless one').toBe(false);

    // A tab of its own may show the provider's sign-in page, which a frame may not.
    const tabOpened = page.context().waitForEvent('page');
    await newTab.click();
    const tab = await tabOpened;
    await expect(tab.getByLabel('Username')).toBeVisible();
    await tab.close();
  });

  test('chromeless by config and pinned to a team: the portal cannot move it to another team', async ({
    page,
    hosting,
    baseURL,
  }) => {
    const pinned = hosting.pinnedUrl.replace(/\/$/, '');
    await startSignedIn(page, pinned, await signInOverHttp(baseURL!, 'alice'));
    // Even opened directly, without ?embed=1: no app bar, no team switcher, only the pinned team.
    await page.goto(`${hosting.pinnedUrl}teams/analytics/jobs`);
    await expect(page).toHaveURL(`${hosting.pinnedUrl}teams/${PINNED_TEAM}/jobs`);
    await expect(page.getByRole('heading', { name: `Jobs of ${PINNED_TEAM}` })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(0);

    const { dashboard, route, openPath } = portal(page);
    await page.goto(hosting.portalUrl(undefined, hosting.pinnedUrl));
    await signInThroughPopup(page);
    await expect(route).toHaveText(`/teams/${PINNED_TEAM}`);
    await openPath('/teams/analytics/jobs');
    await expect(page.getByRole('alert')).toContainText(`pinned to team "${PINNED_TEAM}"`);
    await expect(route).toHaveText(`/teams/${PINNED_TEAM}`);
    await expect(dashboard.getByRole('heading', { level: 1, name: PINNED_TEAM })).toBeVisible();
  });

  test('messages from a parent whose origin is not allowed change nothing, and nothing is sent to it', async ({
    page,
    hosting,
    baseURL,
  }) => {
    await signedInFrames(page, hosting, baseURL!);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('[VDK Dashboard embedding]'))
        warnings.push(message.text());
    });
    const { dashboard, route, height, openPath } = portal(page);
    const { unlisted } = hosting.portalOrigins;

    await page.goto(hosting.portalUrl(unlisted));
    await expect(dashboard.getByRole('heading', { level: 1, name: TEAM })).toBeVisible();
    const dashboardUrl = () =>
      page
        .frames()
        .find((frame) => frame !== page.mainFrame())
        ?.url();
    const before = dashboardUrl();
    expect(new URL(before!).pathname).toBe(`/console/teams/${TEAM}`);

    // The dashboard refuses to talk to this parent, says so once, and sent it nothing.
    await expect.poll(() => warnings.filter((text) => text.includes(`framed by ${unlisted}`))).toHaveLength(1);
    await expect(route).toHaveText('(not connected)');
    await expect(height).toHaveText('(not reported)');

    await openPath('/teams/analytics/jobs');
    await openPath('/teams/finance/jobs');
    await expect
      .poll(() => warnings.filter((text) => text.includes(`ignored messages from ${unlisted}`)))
      .toHaveLength(1);
    expect(dashboardUrl()).toBe(before);
    await expect(dashboard.getByRole('link', { name: 'analytics' })).toHaveCount(0);
  });

  test('an origin that frame-ancestors does not list cannot frame the dashboard', async ({
    page,
    hosting,
    cspViolations,
  }) => {
    cspViolations.allow(/frame-ancestors/);
    await page.goto(hosting.portalUrl(hosting.portalOrigins.foreign));
    await expect.poll(() => cspViolations().join('\n')).toContain('frame-ancestors');
    await expect(portal(page).dashboard.getByRole('main')).toHaveCount(0);
  });
});
