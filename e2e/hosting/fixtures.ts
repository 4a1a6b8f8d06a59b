import { resolve } from 'node:path';
import { signInOverHttp } from '../fixtures/auth';
import { test as base } from '../fixtures/test';
import { type DashboardSiteVariables, deployBuild, startNginx } from './nginx';

export { expect, uniqueName } from '../fixtures/test';

/** Ports 8110–8119 belong to the hosting tests. */
const CONSOLE_PORT = 8110;
const ROOT_PORT = 8111;
const PORTAL_PORT = 8112;
const NESTED_PORT = 8113;
const PINNED_PORT = 8114;

/** A different site than the dashboard (127.0.0.1 vs localhost), as a real portal is. */
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTAL_PORT}`;
/** The same portal under another origin that frame-ancestors lets frame the dashboard, but the
 * messaging allow-list (embed.allowedParentOrigins) does not list: the two settings are independent. */
export const UNLISTED_PORTAL_ORIGIN = `http://localhost:${PORTAL_PORT}`;
/** An origin neither setting lists: nginx's frame-ancestors keeps the dashboard out of its frames. */
export const FOREIGN_PORTAL_ORIGIN = `http://127.0.0.2:${PORTAL_PORT}`;
/** `embed.fixedTeam` of `hosting.pinnedUrl`. */
export const PINNED_TEAM = 'data-platform';

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
  /** examples/portal.html at `origin` (default: the allowed portal's), framing `dashboard` (default: /console/). */
  portalUrl: (origin?: string, dashboard?: string) => string;
}

interface HostingWorkerFixtures {
  hosting: Hosting;
}

const repo = resolve(import.meta.dirname, '../..');

/**
 * The hosting setup: one nginx with the documented template rendered twice (at /console/ and at /), both
 * proxying /data-jobs and /oidc to this project's emulator, plus the example portal on another origin. The
 * build is the one `npm test` makes (`E2E_STATIC` to use another, as for the emulator), with the portal allowed in config.json.
 */
export const test = base.extend<object, HostingWorkerFixtures>({
  hosting: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
    async ({}, use, workerInfo) => {
      const controlService = workerInfo.project.use.baseURL;
      if (!controlService) throw new Error('The nginx project needs a baseURL: the emulator nginx proxies to.');
      const dist = resolve(repo, process.env.E2E_STATIC ?? 'dist');
      const build = await deployBuild(dist, (shipped) => ({
        ...shipped,
        embed: { enabled: false, allowedParentOrigins: [PORTAL_ORIGIN] },
      }));
      const pinnedBuild = await deployBuild(dist, (shipped) => ({
        ...shipped,
        embed: { enabled: true, allowedParentOrigins: [PORTAL_ORIGIN], fixedTeam: PINNED_TEAM },
      }));
      const site = (port: number, basePath: string, distDir = build.dir): { dashboard: DashboardSiteVariables } => ({
        dashboard: {
          VDK_LISTEN: String(port),
          VDK_BASE_PATH: basePath,
          VDK_DIST_DIR: distDir,
          VDK_CONTROL_SERVICE: new URL(controlService).origin,
          VDK_FRAME_ANCESTORS: `'self' ${PORTAL_ORIGIN} ${UNLISTED_PORTAL_ORIGIN}`,
          VDK_CONNECT_SRC: '',
        },
      });
      const portal = [
        'server {',
        `    listen ${PORTAL_PORT};`,
        `    root ${resolve(repo, 'examples')};`,
        '    add_header Cache-Control no-cache;',
        '}',
      ].join('\n');
      const nginx = await startNginx([
        site(CONSOLE_PORT, '/console'),
        site(ROOT_PORT, ''),
        site(NESTED_PORT, '/a/b/vdk'),
        // A base path with a word the app also uses for routes: only the <base href> tells them apart.
        site(PINNED_PORT, '/tools/jobs', pinnedBuild.dir),
        { serverBlock: portal },
      ]);
      const consoleUrl = `http://localhost:${CONSOLE_PORT}/console/`;
      try {
        await use({
          consoleUrl,
          rootUrl: `http://localhost:${ROOT_PORT}/`,
          nestedUrl: `http://localhost:${NESTED_PORT}/a/b/vdk/`,
          pinnedUrl: `http://localhost:${PINNED_PORT}/tools/jobs/`,
          portalUrl: (origin = PORTAL_ORIGIN, dashboard = consoleUrl) =>
            `${origin}/portal.html?dashboard=${encodeURIComponent(dashboard)}`,
        });
      } finally {
        await nginx.stop();
        await build.remove();
        await pinnedBuild.remove();
      }
    },
    { scope: 'worker' },
  ],
  // The setup API (jobs a test needs) talks to the emulator directly, as alice.
  apiAccessToken: async ({ baseURL }, use) => {
    const tokens = await signInOverHttp(baseURL!, 'alice');
    await use(async () => tokens.access_token);
  },
});
