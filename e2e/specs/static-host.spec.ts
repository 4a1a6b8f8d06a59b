import { resolve } from 'node:path';
import { signInOverHttp, startSignedIn } from '../fixtures/auth';
import { NETWORK_CONSOLE_ERRORS, guardPage } from '../fixtures/page-guard';
import { expect, test as base, uniqueName } from '../fixtures/test';
import { type PlainStaticHost, startPlainStaticHost } from '../hosting/plain-static-server';
import { startOnFreePorts } from '../support/free-ports';

const TEAM = 'data-platform';
const BASE_PATHS = ['', '/console', '/a/b/vdk'];

const test = base.extend<object, { hosts: PlainStaticHost[] }>({
  hosts: [
    async ({ emulator }, use) => {
      const dist = resolve(import.meta.dirname, '../..', process.env.E2E_STATIC ?? 'dist');
      const hosts: PlainStaticHost[] = [];
      try {
        for (const basePath of BASE_PATHS) {
          const start = ({ port }: { port: number }) =>
            startPlainStaticHost(dist, { port, basePath, controlService: emulator.baseURL });
          hosts.push(await startOnFreePorts(['port'], start));
        }
        await use(hosts);
      } finally {
        await Promise.all(hosts.map((host) => host.stop()));
      }
    },
    // Set up once per worker, on its own clock: the first test to need it keeps its whole budget.
    { scope: 'worker', timeout: 60_000 },
  ],
  apiAccessToken: async ({ baseURL }, use) => {
    const tokens = await signInOverHttp(baseURL!, 'alice');
    await use(async () => tokens.access_token);
  },
});

// The same dist/ on a host that only falls back to index.html (no <base>, no rewriting): the page finds its root.
test.describe('a plain static host with an SPA fallback', () => {
  for (const [index, basePath] of BASE_PATHS.entries()) {
    test(`at ${basePath || '/'}: deep links, their reload, in-app navigation and an unknown path`, async ({
      page,
      hosts,
      api,
      baseURL,
      cspViolations,
    }) => {
      test.slow(); // Seven page loads, each with its own lazy chunks.
      const appUrl = hosts[index]!.url;
      const job = uniqueName('static-host');
      await api.createJob(TEAM, { job_name: job, description: 'Served by a plain static host' });
      await startSignedIn(page, appUrl.replace(/\/$/, ''), await signInOverHttp(baseURL!, 'alice'));
      // An unknown path loads the entry under a wrong folder first (the host answers index.html for it).
      const guard = guardPage(page, { allowConsole: [...NETWORK_CONSOLE_ERRORS, /Failed to load module script/] });

      const jobUrl = `${appUrl}teams/${TEAM}/jobs/${job}`;
      const html = await (await page.goto(jobUrl))!.text();
      expect(html, 'the host serves index.html unchanged').not.toMatch(/<base\s/);
      await expect(page.getByRole('heading', { name: job })).toBeVisible();
      await page.reload();
      await expect(page.getByText('Served by a plain static host')).toBeVisible();
      await page.getByRole('link', { name: 'Jobs' }).first().click();
      await expect(page).toHaveURL(`${appUrl}teams/${TEAM}/jobs`);
      await expect(page.getByRole('link', { name: job, exact: true })).toBeVisible();

      // The team's own pages (home, runs, failures), each opened and reloaded at its deep URL.
      const teamPages = [
        { path: `teams/${TEAM}`, heading: page.getByRole('heading', { level: 1, name: TEAM }) },
        { path: `teams/${TEAM}/executions`, heading: page.getByRole('heading', { name: `Runs of ${TEAM}` }) },
        { path: `teams/${TEAM}/failures`, heading: page.getByRole('heading', { name: 'Why did it fail?' }) },
      ];
      for (const { path, heading } of teamPages) {
        await page.goto(`${appUrl}${path}`);
        await expect(heading, path).toBeVisible();
        await page.reload();
        await expect(heading, `${path} after a reload`).toBeVisible();
      }

      await page.goto(`${appUrl}no/such/page`);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      expect(guard.pageErrors).toEqual([]);
      expect(cspViolations()).toEqual([]);
    });
  }
});
