import { createHash } from 'node:crypto';
import { dashboardAuth, signInOverHttp, startSignedIn } from '../fixtures/auth';
import { expect, test, uniqueName } from '../hosting/fixtures';

const TEAM = 'data-platform';

test.describe('deploy/nginx.conf', () => {
  test('serves the build under /console/ with the documented caching, proxying and headers', async ({
    request,
    hosting,
  }) => {
    const deep = await request.get(`${hosting.consoleUrl}teams/${TEAM}/jobs/some-job`);
    expect(deep.status()).toBe(200);
    expect(deep.headers()['cache-control']).toBe('no-cache');
    const csp = deep.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/]+=*';/);
    expect(csp).not.toContain('unsafe-eval');
    const { allowed, unlisted } = hosting.portalOrigins;
    expect(csp.split('; ').at(-1)).toBe(`frame-ancestors 'self' ${allowed} ${unlisted}`);
    expect(deep.headers()['x-content-type-options']).toBe('nosniff');
    expect(deep.headers()['referrer-policy']).toBe('same-origin');
    const html = await deep.text();
    expect(html).toContain('<base href="/console/">');
    // What script-src blocks: inline event handlers, and inline scripts other than the root bootstrap, whose hash
    // it lists (src/config/root-bootstrap.test.ts checks that hash against the source).
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline).toHaveLength(1);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
    expect(html).not.toMatch(/\son[a-z]+=/i);

    const script = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'index.html loads its entry script by a relative URL').toBeTruthy();
    const asset = await request.get(`${hosting.consoleUrl}${script}`);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-type']).toContain('javascript');
    expect(asset.headers()['content-encoding'], 'compressed on the way').toBe('gzip');

    const missing = await request.get(`${hosting.consoleUrl}assets/index-missing.js`);
    expect(missing.status(), 'a missing asset is a 404, not index.html').toBe(404);
    expect(missing.headers()['cache-control']).toBeUndefined();

    const config = await request.get(`${hosting.consoleUrl}config.json`);
    expect(config.headers()['cache-control']).toBe('no-cache');
    expect(await config.json()).toMatchObject({ embed: { allowedParentOrigins: [allowed] } });

    const bare = await request.get(hosting.consoleUrl.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe('/console/');

    // The Control Service answers through the proxy (401: no token), with its own headers, not the app's CSP.
    const api = await request.get(new URL(`/data-jobs/for-team/${TEAM}/jobs/some-job`, hosting.consoleUrl).href);
    expect(api.status()).toBe(401);
    expect(api.headers()['content-security-policy']).toBeUndefined();
  });

  test('the emulator (`--static`, where the other e2e tests run) sends the same security headers', async ({
    request,
    hosting,
    baseURL,
  }) => {
    const nginx = (await request.get(`${hosting.consoleUrl}teams/${TEAM}/jobs`)).headers();
    const emulator = (await request.get(`${baseURL}/teams/${TEAM}/jobs`)).headers();
    // frame-ancestors follows each build's config.json: this one allows the portals, the emulator's dist/ none.
    const [policy, framing] = (emulator['content-security-policy'] ?? '').split(/; (?=frame-ancestors )/);
    expect(nginx['content-security-policy']).toBe(
      `${policy}; frame-ancestors 'self' ${hosting.portalOrigins.allowed} ${hosting.portalOrigins.unlisted}`,
    );
    expect(framing).toBe("frame-ancestors 'self'");
    for (const header of ['x-content-type-options', 'referrer-policy']) expect(emulator[header]).toBe(nginx[header]);
  });

  test('under /console/: sign in, list, open a job, reload its deep link, with zero CSP violations', async ({
    page,
    hosting,
    api,
    cspViolations,
  }) => {
    const job = uniqueName('hosting');
    await api.createJob(TEAM, { job_name: job, description: 'Served by nginx under /console/' });

    const first = await page.goto(hosting.consoleUrl);
    expect(first?.headers()['content-security-policy'], 'the page runs under the CSP').toContain("script-src 'self'");

    // The emulator's own sign-in page, through the /oidc proxy of the template.
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel('Password').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(`${hosting.consoleUrl}teams/${TEAM}`);
    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    await page.getByRole('link', { name: job, exact: true }).click();
    const jobUrl = `${hosting.consoleUrl}teams/${TEAM}/jobs/${job}`;
    await expect(page).toHaveURL(jobUrl);
    await expect(page.getByRole('heading', { name: job })).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL(jobUrl);
    await expect(page.getByRole('heading', { name: job })).toBeVisible();
    await expect(page.getByText('Served by nginx under /console/')).toBeVisible();

    // The heavier, lazily loaded pages (charts, log viewer) run under the same CSP.
    const run = await api.latestFinishedExecution(TEAM);
    const runJobUrl = `${hosting.consoleUrl}teams/${TEAM}/jobs/${run.jobName}`;
    for (const url of [`${runJobUrl}/executions`, `${runJobUrl}/executions/${run.id}`, `${runJobUrl}/deployment`]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByRole('progressbar')).toHaveCount(0);
    }

    expect(cspViolations()).toEqual([]);
  });

  for (const where of ['rootUrl', 'nestedUrl'] as const) {
    test(`the same build at ${where === 'rootUrl' ? '/' : '/a/b/vdk/'}: a deep link and its reload`, async ({
      page,
      hosting,
      api,
      baseURL,
      cspViolations,
    }) => {
      const appUrl = hosting[where];
      const job = uniqueName('hosting-path');
      await api.createJob(TEAM, { job_name: job });
      const site = appUrl.replace(/\/$/, '');
      await startSignedIn(page, site, await signInOverHttp(baseURL!, 'alice'));
      expect((await dashboardAuth(site)).authority, 'config.json resolved under the sub-path').toBe(
        new URL('/oidc', appUrl).href,
      );

      const jobUrl = `${appUrl}teams/${TEAM}/jobs/${job}`;
      await page.goto(jobUrl);
      await expect(page.getByRole('heading', { name: job })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { name: job })).toBeVisible();
      await page.getByRole('link', { name: 'Jobs' }).first().click();
      await expect(page).toHaveURL(`${appUrl}teams/${TEAM}/jobs`);
      // Any deep path, not only the app's own routes, gets the app (and here its not-found page).
      await page.goto(`${appUrl}no/such/page`);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

      expect(cspViolations()).toEqual([]);
    });
  }
});
