/**
 * Hostile content written through the API (and, for what only the service fills in, the emulator's --admin API)
 * into every field that holds text, rendered on every page that shows it. Each render asserts: no script ran (the
 * `window.__hostile` flag stays unset, no dialog), the layout stays usable, links from data are http(s) only.
 *
 * Payloads tried × places rendered (kept in step with the tests below):
 * - 58 payloads × 6 places = 348: description (jobs list, job page), contacts, properties (job page), arguments and
 *   log lines (execution page); the first 30 × 2 = 60 in started-by (executions list, execution page); the 1 MB
 *   string × 3 (jobs list, job page description, properties).
 * - Execution messages: 58 × executions list + 5 × recent runs on the job page + 1 × jobs list status hint + 14 ×
 *   execution page = 78; links from data: 14 logs URLs × execution page + 1 source URL × job page = 15 (all 20
 *   link values and the 58 payloads × LogsUrlLink in logs-url-link.test.tsx).
 * - 70 team names (the 58 payloads cut to 200 characters + 12 that break URL paths) × switcher menu, team filter
 *   menu, and team page (heading, breadcrumb, title; `.` and `..` as the filtered all-teams list) = 210; 67 in the
 *   all-teams list's team column (not `.`, `..` or the lone surrogate, which no URL can name); 11 × job page
 *   (breadcrumb, title) = 288.
 * Total: 348 + 60 + 3 + 78 + 15 + 288 = 792 renders, 0 failures.
 */
import type { Page } from '@playwright/test';
import { signInOverHttp } from '../fixtures/auth';
import { controlService } from '../fixtures/control-service';
import {
  HOSTILE_FLAG,
  HOSTILE_LINKS,
  HOSTILE_PAYLOADS,
  HOSTILE_TEAMS,
  isDotSegment,
  MEGABYTE,
  PATH_BREAKING_TEAMS,
} from '../../src/testing/hostile-payloads';
import { paths } from '../../src/lib/paths';
import { expectOnlyHttpLinks, expectUsableLayout, guardPage, SECRETS_DISABLED } from '../fixtures/page-guard';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

/** Text an API field showed on the page: the payload as plain text, never as markup. */
const probe = (index: number) => `hostile-${String(index).padStart(2, '0')}`;

/** A scheme (after any white space or NUL a URL parser skips), or a host part (two slashes or backslashes). */
const LOOKS_LIKE_URL = /^[\s\p{Cc}]*[a-z][a-z\t]*:|^[\\/][\\/]/iu;

/** The text as stored and shown: a lone surrogate becomes U+FFFD (in SQLite's UTF-8, in a URL). */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * The start of a stored text as the page shows it. A lone surrogate is stored as bytes that are not UTF-8 (SQLite
 * keeps them; the real service's PostgreSQL would refuse them), so for such a text only its probe is compared.
 */
const shownPrefix = (text: string) => (text === wellFormed(text) ? text.slice(0, 30) : text.split(' ')[0]!);

/** Rendered the page, waited for `ready`, and found nothing ran, nothing broke and the layout still works. */
async function expectRenderedSafely(page: Page, guard: ReturnType<typeof guardPage>) {
  await expectUsableLayout(page);
  await expectOnlyHttpLinks(page);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG)).toBe(
    undefined,
  );
  expect(await page.locator('main script, main iframe, main svg[onload], main img[onerror]').count()).toBe(0);
  guard.expectClean();
}

test.describe('hostile content from the API renders as text', () => {
  test.describe.configure({ timeout: 90_000 });

  test(`${HOSTILE_PAYLOADS.length} payloads in descriptions, contacts, properties, arguments, started-by and log lines`, async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
    const stem = uniqueName('hostile');

    // One job per payload in its description (the list shows each in its own row), one with the megabyte.
    const rowJobs = HOSTILE_PAYLOADS.map((_, index) => `${stem}-${String(index).padStart(2, '0')}`);
    for (let start = 0; start < rowJobs.length; start += 10) {
      await Promise.all(
        rowJobs.slice(start, start + 10).map((job, offset) =>
          api.createJob(TEAM, {
            job_name: job,
            description: `${probe(start + offset)} ${HOSTILE_PAYLOADS[start + offset]}`,
          }),
        ),
      );
    }
    await api.createJob(TEAM, { job_name: `${stem}-mb`, description: MEGABYTE });

    // One job carrying every payload in every field it has.
    const job = `${stem}-all`;
    const list = [...HOSTILE_PAYLOADS];
    await api.createJob(TEAM, {
      job_name: job,
      description: HOSTILE_PAYLOADS.map((payload, index) => `${probe(index)} ${payload}`).join('\n'),
      config: {
        contacts: {
          notified_on_job_failure_user_error: list,
          notified_on_job_failure_platform_error: list,
          notified_on_job_success: list,
          notified_on_job_deploy: list,
        },
      },
    });
    const everything = Object.fromEntries(
      HOSTILE_PAYLOADS.map((payload, index) => [`${probe(index)} ${payload}`, payload]),
    );
    await service.setProperties(TEAM, job, { ...everything, nested: { list, megabyte: MEGABYTE } });
    await service.deploy(TEAM, job);
    await service.profile(job, {
      steps: HOSTILE_PAYLOADS.map((payload, index) => `${probe(index)} ${payload}`),
      durationSeconds: 5,
      jitter: 0,
      startDelaySeconds: 0,
      userErrorRate: 0,
      platformErrorRate: 0,
      skippedRate: 0,
    });
    const executionId = await service.start(TEAM, job, {
      started_by: `manual/${HOSTILE_PAYLOADS.slice(0, 30).join(' ')}`,
      args: { ...everything, list },
    });
    await expect.poll(() => service.executionStatus(TEAM, job, executionId), { timeout: 30_000 }).toBe('succeeded');

    await test.step('job list: a row per payload', async () => {
      // The Description column shows by default from 1600 px on.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`/teams/${TEAM}/jobs?search=${stem}&size=100`);
      const table = page.getByRole('table', { name: 'Jobs' });
      await expect(table.getByRole('link', { name: `${stem}-all`, exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(table.getByRole('link', { name: `${stem}-mb`, exact: true })).toBeVisible();
      await expect(table).toContainText(`${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      await expectRenderedSafely(page, guard);
      await page.setViewportSize({ width: 1280, height: 720 });
    });

    await test.step('job page: description, contacts, properties', async () => {
      await page.goto(jobUrl(job));
      await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(`${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      const properties = page.getByRole('region', { name: 'Properties' }).getByRole('table', { name: 'Properties' });
      await expect(properties).toContainText(probe(HOSTILE_PAYLOADS.length - 1));
      await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(HOSTILE_PAYLOADS[1]!);
      await expect(page.getByRole('button', { name: 'Edit description' })).toBeInViewport();
      await expectRenderedSafely(page, guard);
    });

    await test.step('job page with a megabyte description', async () => {
      await page.goto(jobUrl(`${stem}-mb`));
      await expect(page.getByRole('heading', { level: 1, name: `${stem}-mb` })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();
      await expectRenderedSafely(page, guard);
    });

    await test.step('deployment page', async () => {
      await page.goto(`${jobUrl(job)}/deployment`);
      await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
      await expect(page.getByRole('main')).toContainText('3.9');
      await expectRenderedSafely(page, guard);
    });

    await test.step('executions list: started-by', async () => {
      await page.goto(`${jobUrl(job)}/executions`);
      const table = page.getByRole('table', { name: 'Executions' });
      await expect(table.getByRole('link', { name: executionId })).toBeVisible();
      await expect(table).toContainText(HOSTILE_PAYLOADS[0]!);
      await expectRenderedSafely(page, guard);
    });

    await test.step('execution page: arguments, started-by, log lines', async () => {
      await page.goto(`${jobUrl(job)}/executions/${executionId}`);
      await expect(page.getByRole('heading', { name: `Execution ${executionId}` })).toBeVisible();
      const execution = page.getByRole('region', { name: `Execution ${executionId}` });
      await expect(execution).toContainText(`${probe(3)} ${HOSTILE_PAYLOADS[3]}`.slice(0, 40));
      const logLines = page.getByRole('region', { name: 'Log lines' });
      await expect(logLines).toContainText(`Processing step ${probe(0)} ${HOSTILE_PAYLOADS[0]}`);
      await expectRenderedSafely(page, guard);
    });
  });
});

test.describe('hostile execution messages and links from data', () => {
  test.describe.configure({ timeout: 120_000 });

  test(`${HOSTILE_PAYLOADS.length} messages and ${HOSTILE_LINKS.length} logs and source URLs`, async ({
    page,
    api,
    baseURL,
    apiAccessToken,
  }) => {
    const service = controlService(baseURL!, apiAccessToken!);
    const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
    const job = uniqueName('hostile-runs');
    await api.createJob(TEAM, { job_name: job, description: 'Runs with hostile messages and links' });
    await service.setProperties(TEAM, job, {});
    await service.deploy(TEAM, job);
    // Every run stays submitted until cancelled, so the next can start at once.
    await service.profile(job, { startDelaySeconds: 3_600, durationSeconds: 5, jitter: 0 });
    await service.call('PUT', `/__emulator/jobs/${job}/source-url`, { source_url: HOSTILE_LINKS[0] });

    // Oldest first: the newest run carries payload 0. A run's logs URL is a hostile link while there are some left,
    // then its own payload.
    const executions: { id: string; message: string; logsUrl: string }[] = [];
    for (const [index, payload] of [...HOSTILE_PAYLOADS.entries()].reverse()) {
      const id = await service.start(TEAM, job);
      await service.call('DELETE', `/data-jobs/for-team/${TEAM}/jobs/${job}/executions/${encodeURIComponent(id)}`);
      const message = `${probe(index)} ${payload}`;
      const logsUrl = HOSTILE_LINKS[index] ?? payload;
      await service.call('PUT', `/__emulator/executions/${encodeURIComponent(id)}`, { message, logs_url: logsUrl });
      executions.unshift({ id, message, logsUrl });
    }

    await test.step("jobs list: the last run's message as the status hint", async () => {
      await page.goto(`/teams/${TEAM}/jobs?search=${job}`);
      const table = page.getByRole('table', { name: 'Jobs' });
      await expect(table.getByRole('link', { name: job, exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(table).toContainText(probe(0));
      await expectRenderedSafely(page, guard);
    });

    await test.step("job page: recent runs' messages, the source URL as text", async () => {
      await page.goto(jobUrl(job));
      await expect(page.getByRole('heading', { level: 1, name: job })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(probe(0));
      await expect(page.getByRole('main')).toContainText('(not an http(s) link)');
      await expectRenderedSafely(page, guard);
    });

    await test.step(`executions list: ${executions.length} messages`, async () => {
      await page.goto(`${jobUrl(job)}/executions?page_size=100`);
      const table = page.getByRole('table', { name: 'Executions' });
      await expect(table.getByRole('link', { name: executions[0]!.id })).toBeVisible();
      // The first rows come before the rest (a few a frame): the table is busy until it holds them all.
      await expect(table).toHaveAttribute('aria-busy', 'false');
      const text = await table.textContent();
      expect(executions.filter(({ message }) => !text!.includes(shownPrefix(message)))).toEqual([]);
      await expectRenderedSafely(page, guard);
    });

    // The runs whose logs URL has a scheme or a host part (the rest is markup, tried on the link component in
    // logs-url-link.test.tsx); client-side from the list and back, so one page load serves them all.
    const withUrls = executions.filter(({ logsUrl }) => LOOKS_LIKE_URL.test(logsUrl));
    for (const { id, message, logsUrl } of withUrls) {
      await test.step(`execution page: message and logs URL ${JSON.stringify(logsUrl.slice(0, 40))}`, async () => {
        await page.getByRole('table', { name: 'Executions' }).getByRole('link', { name: id, exact: true }).click();
        const execution = page.getByRole('region', { name: `Execution ${id}` });
        await expect(execution).toContainText(shownPrefix(message));
        const links = page.getByRole('link', { name: /Open (in the log service|the persisted logs)/ });
        const safe = /^https?:\/\//i.test(logsUrl);
        if (safe) {
          await expect(links.first()).toHaveAttribute('href', new URL(logsUrl).href);
        } else {
          await expect(links).toHaveCount(0);
          await expect(execution).toContainText('(not an http(s) link)');
        }
        await expectRenderedSafely(page, guard);
        await page.goBack();
        await expect(page.getByRole('table', { name: 'Executions' }).getByRole('link', { name: id })).toBeVisible();
      });
    }
  });
});

/** The tab title holds the name; browsers drop or turn into spaces its control characters, so those are not compared. */
async function expectInTitle(page: Page, name: string) {
  const visible = (text: string) => text.replace(/[\s\p{Cc}]+/gu, '');
  expect(visible(await page.title())).toContain(visible(name).slice(0, 20));
}

/** The breadcrumb trail starts with the team, as text, linking back to that team's jobs. */
async function expectTeamCrumb(page: Page, team: string) {
  const crumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').first();
  expect(await crumb.evaluate((element) => element.textContent)).toBe(team);
  const link = crumb.getByRole('link');
  if ((await link.count()) > 0) {
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(decodeURIComponent(href.pathname.split('/')[2]!)).toBe(team);
  }
}

/** An open menu of names stays inside the window (a long name wraps or is cut, never widens it). */
async function expectMenuFits(page: Page) {
  const box = (await page.getByRole('menu').boundingBox())!;
  expect(box.x, 'menu starts inside the window').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'menu ends inside the window').toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG)).toBe(
    undefined,
  );
}

test.describe("hostile team names from the token's groups claim", () => {
  test.describe.configure({ timeout: 180_000 });

  // Bob is signed in with every hostile name among his groups, as an identity provider would list them; his teams
  // are restored when the test ends.
  const teamsTest = test.extend({
    signInAs: 'bob',
    tokens: async ({ baseURL }, use) => {
      const admin = controlService(baseURL!, async () => undefined);
      const { json } = await admin.call('GET', '/__emulator/users');
      const before = (json as { username: string; teams: string[] }[]).find((user) => user.username === 'bob')!.teams;
      await admin.call('PUT', '/__emulator/users/bob/teams', { teams: [...before, ...HOSTILE_TEAMS] });
      try {
        await use(await signInOverHttp(baseURL!, 'bob'));
      } finally {
        await admin.call('PUT', '/__emulator/users/bob/teams', { teams: before });
      }
    },
  });

  teamsTest(
    `${HOSTILE_TEAMS.length} team names in the switcher, filters, lists, breadcrumbs and titles`,
    async ({ page, api }) => {
      const guard = guardPage(page, { allowConsole: [SECRETS_DISABLED] });
      const stem = uniqueName('hostile-team');
      // A job in each team a URL can name: not `.` or `..`, no lone surrogate (a URL carries U+FFFD instead).
      const jobs = new Map<string, string>();
      HOSTILE_TEAMS.forEach((team, index) => {
        if (!isDotSegment(team) && team === wellFormed(team)) {
          jobs.set(team, `${stem}-${String(index).padStart(2, '0')}`);
        }
      });
      const entries = [...jobs];
      for (let start = 0; start < entries.length; start += 10) {
        await Promise.all(
          entries
            .slice(start, start + 10)
            .map(([team, job]) => api.createJob(team, { job_name: job, description: team })),
        );
      }

      const menuTexts = async () => {
        await expect(page.getByRole('menuitemradio').first()).toBeVisible();
        return page.getByRole('menuitemradio').allTextContents();
      };

      await test.step('all teams: a team column, the team filter and the switcher list every name', async () => {
        await page.goto(`/jobs?search=${stem}&size=100`);
        const table = page.getByRole('table', { name: 'Jobs' });
        await expect(table.getByRole('link', { name: entries[0]![1], exact: true })).toBeVisible({ timeout: 30_000 });
        await expect(table.getByRole('row')).toHaveCount(entries.length + 1);
        const text = (await table.textContent())!;
        expect(entries.filter(([team]) => !text.includes(wellFormed(team)))).toEqual([]);
        await expectRenderedSafely(page, guard);

        await page
          .getByRole('main')
          .getByRole('button', { name: /^Team: / })
          .click();
        const filterChoices = await menuTexts();
        expect(HOSTILE_TEAMS.filter((team) => !filterChoices.includes(team))).toEqual([]);
        await expectMenuFits(page);
        await page.keyboard.press('Escape');
        await expectRenderedSafely(page, guard);

        await page.getByRole('banner').getByRole('button', { name: 'Team: All teams' }).click();
        const switcher = await menuTexts();
        expect(HOSTILE_TEAMS.filter((team) => !switcher.includes(team))).toEqual([]);
        await expectMenuFits(page);
        await page.keyboard.press('Escape');
        await expectRenderedSafely(page, guard);
      });

      for (const [index, team] of HOSTILE_TEAMS.entries()) {
        // Names made to break paths are chosen in the switcher as a user would, then their job is opened; the rest
        // are opened by the URL the app's links carry (paths.jobs), in the page like a link, which is quicker.
        const fromSwitcher = index === 0 || PATH_BREAKING_TEAMS.includes(team);
        const how = fromSwitcher ? 'from the switcher' : 'by its link';
        await test.step(`team ${index} ${JSON.stringify(team.slice(0, 30))} ${how}`, async () => {
          if (fromSwitcher) {
            await page
              .getByRole('banner')
              .getByRole('button', { name: /^Team: / })
              .click();
            const choices = await menuTexts();
            await page.getByRole('menuitemradio').nth(choices.indexOf(team)).click();
          } else {
            await page.evaluate((href) => {
              window.history.pushState(null, '', href);
              window.dispatchEvent(new PopStateEvent('popstate'));
            }, paths.jobs({ team }));
          }
          const heading = page.getByRole('main').getByRole('heading', { level: 1 });
          if (isDotSegment(team)) {
            // No path can name it: the all-teams list, filtered to it, never another team's page.
            await expect(heading).toHaveText('Jobs of all teams');
            expect(new URL(page.url()).searchParams.get('team')).toBe(team);
            await expect(page.getByRole('main').getByRole('button', { name: /^Team: / })).toHaveText(`Team: ${team}`);
            // The service was asked (no job is in such a team), not sent to `/data-jobs/jobs` by a resolved path.
            await expect(page.getByRole('main')).toContainText(`No job matches team ${team}.`);
            await expectRenderedSafely(page, guard);
            return;
          }
          const shown = wellFormed(team);
          await expect.poll(async () => heading.evaluate((element) => element.textContent)).toBe(`Jobs of ${shown}`);
          const [, first, segment] = new URL(page.url()).pathname.split('/');
          expect([first, decodeURIComponent(segment!)]).toEqual(['teams', shown]);
          await expectTeamCrumb(page, shown);
          await expectInTitle(page, shown);
          await expectRenderedSafely(page, guard);

          const job = jobs.get(team);
          if (!job) return;
          const jobLink = page.getByRole('table', { name: 'Jobs' }).getByRole('link', { name: job, exact: true });
          await expect(jobLink).toBeVisible();
          if (!fromSwitcher) return;
          await jobLink.click();
          await expect(page.getByRole('main').getByRole('heading', { level: 1, name: job })).toBeVisible();
          await expectTeamCrumb(page, shown);
          await expectInTitle(page, shown);
          await expectRenderedSafely(page, guard);
        });
      }
    },
  );
});
