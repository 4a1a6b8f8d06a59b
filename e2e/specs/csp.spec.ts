import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures/signed-in';

const E2E = resolve(import.meta.dirname, '..');

// Every e2e test runs under the production Content-Security-Policy (the emulator sends deploy/nginx.conf's) and fails
// on any violation (the automatic `cspViolations` fixture, e2e/fixtures/csp.ts). These prove both halves hold.
test.describe('Content-Security-Policy', () => {
  test('the dashboard is served under the strict policy', async ({ page }) => {
    const response = await page.goto('/teams/data-platform/jobs');
    const policy = response!.headers()['content-security-policy'] ?? '';
    // Own files, and the one inline script by its hash (index.html's root bootstrap): no 'unsafe-inline'.
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/]+=*';/);
    expect(policy).not.toContain("'unsafe-inline'; style-src");
    expect(policy).not.toContain('unsafe-eval');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('an injected inline script and event handler are blocked and caught as violations that fail the test', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/teams/data-platform/jobs');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "script"';
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__injected = "handler"');
      document.body.append(button);
      button.click();
    });

    await expect.poll(() => cspViolations().join('\n')).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
    // What the fixture runs after every test: it fails on these…
    expect(() => cspViolations.expectNone()).toThrow(/script-src/);
    // …unless the test declares them part of what it proves, as this one does.
    cspViolations.allow(/script-src/);
    expect(() => cspViolations.expectNone()).not.toThrow();
  });

  test('no spec or fixture takes `test` from Playwright itself, past the watcher', () => {
    // Only e2e/fixtures/test.ts may extend Playwright's `test`; everything else extends it and so keeps the watcher.
    const bypassing = ['specs', 'fixtures', 'hosting']
      .flatMap((folder) => readdirSync(join(E2E, folder)).map((file) => join(folder, file)))
      .filter((file) => file.endsWith('.ts') && file !== join('fixtures', 'test.ts'))
      .filter((file) =>
        [...readFileSync(join(E2E, file), 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@playwright\/test'/g)].some(
          ([, names]) => /(^|,)\s*test\b/.test(names!),
        ),
      );
    expect(bypassing).toEqual([]);
  });
});
