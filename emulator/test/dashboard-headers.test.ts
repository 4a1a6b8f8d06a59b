import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardHeaders, headerVariables, NGINX_TEMPLATE } from '../src/http/plugins/dashboard-headers.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';

const template = readFileSync(NGINX_TEMPLATE, 'utf8');

/** The directives of a policy by name, so assertions read like the policy. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the dashboard's security headers", () => {
  it("allow only scripts of the dashboard itself: its files and index.html's bootstrap by hash, no eval, no plugins", () => {
    const policy = directives(dashboardHeaders(template, headerVariables('{}'))['content-security-policy']!);
    expect(policy.get('script-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[\w+/]+=*'$/)]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('follow config.json: portals it allows may frame the dashboard, an absolute API or provider may be called', () => {
    const variables = headerVariables(
      JSON.stringify({
        apiBaseUrl: 'https://api.example/data',
        auth: { authority: 'https://login.example/realms/vdk' },
        embed: {
          allowedParentOrigins: ['https://portal.example', "https://evil.example; script-src 'unsafe-eval'", 'x'],
        },
      }),
    );
    expect(variables).toEqual({
      VDK_FRAME_ANCESTORS: "'self' https://portal.example",
      VDK_CONNECT_SRC: 'https://api.example https://login.example',
    });
    expect(headerVariables('{"embed": ')).toEqual({ VDK_FRAME_ANCESTORS: "'self'", VDK_CONNECT_SRC: '' });
  });
});

describe('--static', () => {
  let dir: string;
  let emulator: TestEmulator | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vdk-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>VDK</title></head></html>');
    writeFileSync(join(dir, 'config.json'), '{"apiBaseUrl":"","embed":{"allowedParentOrigins":[]}}');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  });
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts them on every dashboard response and on none of the API's", async () => {
    emulator = await startTestEmulator({ staticDir: dir, admin: true });
    const expected = dashboardHeaders(template, headerVariables(readFileSync(join(dir, 'config.json'), 'utf8')));
    for (const path of ['/', '/index.html', '/teams/a/jobs/b', '/config.json', '/assets/app-1234.js']) {
      const response = await emulator.get(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers, path).toMatchObject(expected);
    }
    for (const path of ['/data-jobs/for-team/a/jobs', '/data-jobs/unknown', '/oidc/auth', '/__emulator/faults']) {
      const response = await emulator.get(path);
      expect(response.headers['content-security-policy'], path).toBeUndefined();
      expect(response.headers['referrer-policy'], path).toBeUndefined();
    }
  });

  it('answers traversal and odd paths with 404 (never 500), a missing asset with 404 as nginx does', async () => {
    emulator = await startTestEmulator({ staticDir: dir });
    for (const path of ['/%00', '//etc/passwd', '/assets/missing.js', '/assets/', '/assets/..%2f..%2fetc%2fpasswd']) {
      const response = await emulator.get(path);
      expect([response.statusCode, response.body], path).toEqual([404, 'Not Found']);
    }
    for (const path of ['/../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await emulator.get(path);
      expect(response.statusCode, path).toBe(200); // a client-side route: index.html, never a file outside dist/
      expect(response.body, path).toContain('<title>VDK</title>');
    }
    expect((await emulator.get('/assets/app-1234.js')).body).toBe('console.log(1)');
  });

  it('lets a portal that config.json allows frame the dashboard, from the next response on', async () => {
    emulator = await startTestEmulator({ staticDir: dir });
    writeFileSync(
      join(dir, 'config.json'),
      '{"embed":{"enabled":true,"allowedParentOrigins":["http://127.0.0.1:8112"]}}',
    );
    expect((await emulator.get('/')).headers['content-security-policy']).toMatch(
      /frame-ancestors 'self' http:\/\/127\.0\.0\.1:8112$/,
    );
  });
});
