import { resolve } from 'node:path';
import { signInOverHttp } from '../fixtures/auth';
import { test as base } from '../fixtures/test';
import { startOnFreePorts } from '../support/free-ports';
import { type DashboardSiteVariables, deployBuild, startNginx } from './nginx';

export { expect, uniqueName } from '../fixtures/test';

/** `embed.fixedTeam` of `hosting.pinnedUrl`. */
export const PINNED_TEAM = 'data-platform';

/** The example portal's origins; all three serve the same page from the same server. */
export interface PortalOrigins {
  /** A different site than the dashboard (127.0.0.1 vs localhost), as a real portal is. */
  allowed: string;
  /** The same portal under another origin that frame-ancestors lets frame the dashboard, but the messaging
   * allow-list (embed.allowedParentOrigins) does not list: the two settings are independent. */
  unlisted: string;
  /** An origin neither setting lists: nginx's frame-ancestors keeps the dashboard out of its frames. */
  foreign: string;
}

export interface Hosting {
  /** The production build through deploy/nginx.conf at /console/. */
  consoleUrl: string;
  /** The same build through the same template at the root of another server… */
  rootUrl: string;
  /** …and two levels deep on a third. */
  nestedUrl: string;
  /** The build configured for a portal only: chromeless by config (no `?embed=1`), pinned to data-platform,
   * under /tools/jobs/. */
  pinnedUrl: string;
  portalOrigins: PortalOrigins;
  /** examples/portal.html at `origin` (default: the allowed portal's), framing `dashboard` (default: /console/). */
  portalUrl: (origin?: string, dashboard?: string) => string;
}

interface HostingWorkerFixtures {
  hosting: Hosting;
}

const repo = resolve(import.meta.dirname, '../..');
const HOSTING_PORTS = ['consolePort', 'rootPort', 'portalPort', 'nestedPort', 'pinnedPort'] as const;

/**
 * The hosting setup: one nginx with the documented template rendered at /console/, at /, two levels deep and for a
 * portal only, all proxying /data-jobs and /oidc to `controlService`, plus the example portal on another origin,
 * each on its port. The build is the one `npm test` makes (`E2E_STATIC` to use another, as for the emulator), with
 * the portal allowed in config.json.
 */
async function startHosting(
  controlService: string,
  { consolePort, rootPort, portalPort, nestedPort, pinnedPort }: Record<(typeof HOSTING_PORTS)[number], number>,
): Promise<{ hosting: Hosting; stop: () => Promise<void> }> {
  const portalOrigins: PortalOrigins = {
    allowed: `http://127.0.0.1:${portalPort}`,
    unlisted: `http://localhost:${portalPort}`,
    foreign: `http://127.0.0.2:${portalPort}`,
  };
  const dist = resolve(repo, process.env.E2E_STATIC ?? 'dist');
  const build = await deployBuild(dist, (shipped) => ({
    ...shipped,
    embed: { enabled: false, allowedParentOrigins: [portalOrigins.allowed] },
  }));
  const pinnedBuild = await deployBuild(dist, (shipped) => ({
    ...shipped,
    embed: { enabled: true, allowedParentOrigins: [portalOrigins.allowed], fixedTeam: PINNED_TEAM },
  }));
  const removeBuilds = () => Promise.all([build.remove(), pinnedBuild.remove()]);
  const site = (port: number, basePath: string, distDir = build.dir): { dashboard: DashboardSiteVariables } => ({
    dashboard: {
      VDK_LISTEN: String(port),
      VDK_BASE_PATH: basePath,
      VDK_DIST_DIR: distDir,
      VDK_CONTROL_SERVICE: new URL(controlService).origin,
      VDK_FRAME_ANCESTORS: `'self' ${portalOrigins.allowed} ${portalOrigins.unlisted}`,
      VDK_CONNECT_SRC: '',
    },
  });
  const portal = [
    'server {',
    `    listen ${portalPort};`,
    `    root ${resolve(repo, 'examples')};`,
    '    add_header Cache-Control no-cache;',
    '}',
  ].join('\n');
  const nginx = await startNginx([
    site(consolePort, '/console'),
    site(rootPort, ''),
    site(nestedPort, '/a/b/vdk'),
    // A base path with a word the app also uses for routes: only the <base href> tells them apart.
    site(pinnedPort, '/tools/jobs', pinnedBuild.dir),
    { serverBlock: portal },
  ]).catch(async (error: unknown) => {
    await removeBuilds();
    throw error;
  });
  const consoleUrl = `http://localhost:${consolePort}/console/`;
  return {
    hosting: {
      consoleUrl,
      rootUrl: `http://localhost:${rootPort}/`,
      nestedUrl: `http://localhost:${nestedPort}/a/b/vdk/`,
      pinnedUrl: `http://localhost:${pinnedPort}/tools/jobs/`,
      portalOrigins,
      portalUrl: (origin = portalOrigins.allowed, dashboard = consoleUrl) =>
        `${origin}/portal.html?dashboard=${encodeURIComponent(dashboard)}`,
    },
    stop: async () => {
      await nginx.stop();
      await removeBuilds();
    },
  };
}

/** The hosting setup in front of this worker's emulator, on free ports. */
export const test = base.extend<object, HostingWorkerFixtures>({
  hosting: [
    async ({ emulator }, use) => {
      const { hosting, stop } = await startOnFreePorts(HOSTING_PORTS, (ports) => startHosting(emulator.baseURL, ports));
      try {
        await use(hosting);
      } finally {
        await stop();
      }
    },
    // Set up once per worker, on its own clock: the first test to need it keeps its whole budget.
    { scope: 'worker', timeout: 60_000 },
  ],
  // The setup API (jobs a test needs) talks to the emulator directly, as alice.
  apiAccessToken: async ({ baseURL }, use) => {
    const tokens = await signInOverHttp(baseURL!, 'alice');
    await use(async () => tokens.access_token);
  },
});
