import { execFile, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../e2e/hosting/nginx';
import { runtimeConfigSchema } from '../../src/config/config-schema';

// The container's entry point, run as the image runs it but on this machine: rendered into a temporary folder,
// then served by Debian's nginx (`nginx -t` first) in front of a stand-in Control Service.
const repo = resolve(import.meta.dirname, '../..');
const START = join(repo, 'deploy/container/start.sh');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';
/** Ports 8110–8119 belong to the hosting tests; this one is 8118. */
const NGINX_PORT = 8118;

let work: string;
let dist: string;
let controlService: Server;
let controlServiceUrl: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'vdk-start-'));
  dist = join(work, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><html><head></head><body>dashboard</body></html>');
  await writeFile(join(dist, 'assets/index-1.js'), 'export {};');
  await writeFile(join(dist, 'config.json'), '{"shipped": true}');
  controlService = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
  });
  await new Promise<void>((listening) => controlService.listen(0, '127.0.0.1', () => listening()));
  controlServiceUrl = `http://127.0.0.1:${(controlService.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((closed) => controlService.close(closed));
  await rm(work, { recursive: true, force: true });
});

async function start(env: Record<string, string>) {
  const runDir = await mkdtemp(join(work, 'run-'));
  const settings = {
    VDK_DIST_SOURCE: dist,
    VDK_TEMPLATE: join(repo, 'deploy/nginx.conf'),
    VDK_RUN_DIR: runDir,
    ...env,
  };
  const result = await promisify(execFile)('sh', [START, 'render'], { env: { PATH: process.env.PATH, ...settings } })
    .then(({ stderr }) => ({ code: 0, stderr }))
    .catch((error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }));
  return { ...result, runDir, config: () => readFile(join(runDir, 'site/config.json'), 'utf8') };
}

const OIDC = {
  VDK_OIDC_AUTHORITY: 'https://sso.example.com/realms/data',
  VDK_OIDC_CLIENT_ID: 'vdk-dashboard',
};

describe('deploy/container/start.sh', () => {
  it('renders config.json and the nginx site, which Debian nginx accepts and serves under the base path', async () => {
    const started = await start({
      VDK_CONTROL_SERVICE: controlServiceUrl,
      VDK_BASE_PATH: '/console',
      VDK_LISTEN: String(NGINX_PORT),
      ...OIDC,
      VDK_OIDC_SCOPES: 'openid profile offline_access',
      VDK_OIDC_RESOURCE: 'https://data.example.com/data-jobs',
      VDK_TEAMS: 'data-platform,analytics',
      VDK_DEFAULT_TEAM: 'analytics',
      VDK_FRAME_ANCESTORS: 'https://portal.example.com',
    });
    expect(started).toMatchObject({ code: 0, stderr: '' });
    const config = JSON.parse(await started.config()) as unknown;
    expect(v.safeParse(runtimeConfigSchema, config).issues).toBeUndefined();
    expect(config).toEqual({
      apiBaseUrl: '',
      auth: {
        authority: 'https://sso.example.com/realms/data',
        clientId: 'vdk-dashboard',
        scopes: 'openid profile offline_access',
        teamsClaim: 'groups',
        resource: 'https://data.example.com/data-jobs',
      },
      teams: ['data-platform', 'analytics'],
      defaultTeam: 'analytics',
      embed: { enabled: false, allowedParentOrigins: ['https://portal.example.com'] },
    });

    // The image's own main config, with the site where this run rendered it.
    const main = (await readFile(join(repo, 'deploy/container/nginx-main.conf'), 'utf8')).replace(
      '/tmp/vdk-dashboard/site.conf',
      join(started.runDir, 'site.conf'),
    );
    await writeFile(join(started.runDir, 'nginx-main.conf'), main);
    // Its access log is /dev/stdout, which must be a file or pipe, as a container's is, not a socket.
    const stdout = openSync(join(started.runDir, 'stdout'), 'w');
    const check = spawnSync(NGINX, ['-t', '-e', 'stderr', '-c', join(started.runDir, 'nginx-main.conf')], {
      stdio: ['ignore', stdout, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(stdout);
    expect(check.stderr).toMatch(/syntax is ok[\s\S]*test is successful/);

    const site = await readFile(join(started.runDir, 'site.conf'), 'utf8');
    const nginx = await startNginx([{ serverBlock: site }]);
    try {
      const base = `http://localhost:${NGINX_PORT}/console/`;
      const deep = await fetch(`${base}teams/analytics/jobs/a-job`);
      expect(deep.status).toBe(200);
      expect(await deep.text()).toContain('<base href="/console/">');
      const csp = deep.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self' https://sso.example.com;");
      expect(csp).toMatch(/; frame-ancestors 'self' https:\/\/portal\.example\.com$/);
      expect(await (await fetch(`${base}config.json`)).json()).toEqual(config);
      expect((await fetch(`${base}assets/index-1.js`)).headers.get('cache-control')).toContain('immutable');
      const api = await fetch(`http://localhost:${NGINX_PORT}/data-jobs/for-team/a/jobs`);
      expect(await api.json()).toEqual({ path: '/data-jobs/for-team/a/jobs' });
    } finally {
      await nginx.stop();
    }
  });

  it('writes "auth": null only when told VDK_AUTH=none, and takes a mounted config.json as it is', async () => {
    const open = await start({ VDK_CONTROL_SERVICE: controlServiceUrl, VDK_AUTH: 'none' });
    expect(open.code).toBe(0);
    const config = JSON.parse(await open.config()) as Record<string, unknown>;
    expect(config).toMatchObject({ auth: null, teams: [] });
    expect(v.safeParse(runtimeConfigSchema, config).issues).toBeUndefined();

    const mounted = join(work, 'mounted-config.json');
    await writeFile(mounted, '{"apiBaseUrl": "", "auth": null}');
    const fromFile = await start({ VDK_CONTROL_SERVICE: controlServiceUrl, VDK_CONFIG_FILE: mounted });
    expect(fromFile.code).toBe(0);
    expect(await fromFile.config()).toBe('{"apiBaseUrl": "", "auth": null}');
  });

  it('refuses bad values, naming each, and renders nothing', async () => {
    const refused = await start({
      VDK_CONTROL_SERVICE: 'vdk-control-service',
      VDK_BASE_PATH: '/console/',
      VDK_LISTEN: '80a',
      VDK_OIDC_CLIENT_ID: 'client"id',
      VDK_TEAMS: 'ok,<script>',
      VDK_DEFAULT_TEAM: 'other',
      VDK_FRAME_ANCESTORS: "https://portal.example.com 'unsafe-inline'",
    });
    expect(refused.code).toBe(64);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('vdk-dashboard: not started, fix these settings:');
    for (const name of [
      'VDK_CONTROL_SERVICE',
      'VDK_BASE_PATH',
      'VDK_LISTEN',
      'VDK_FRAME_ANCESTORS',
      'VDK_OIDC_AUTHORITY',
      'VDK_OIDC_CLIENT_ID',
      'VDK_TEAMS',
      'VDK_DEFAULT_TEAM',
    ]) {
      expect(
        lines.some((line) => line.trimStart().startsWith(name)),
        `a line about ${name}`,
      ).toBe(true);
    }
    await expect(refused.config()).rejects.toThrow(/ENOENT/);
  });
});
