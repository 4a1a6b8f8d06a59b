import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { dashboardHeaders, headerVariables, readNginxTemplate } from './dashboard-headers.ts';

const API_PREFIXES = ['/data-jobs', '/oidc', '/__emulator'];

/** True for paths of the dashboard (not the API's, the provider's or the admin routes'). */
export function isSpaPath(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return !API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** True for GET paths the SPA answers with index.html: a client-side route, never a missing asset (nginx's 404). */
export function isSpaRoute(url: string): boolean {
  return isSpaPath(url) && !(url.split('?')[0] ?? url).startsWith('/assets/');
}

/**
 * Serves the built dashboard beside the API, as an ingress does in production: hashed
 * `assets/*` cached for a year, `index.html` and `config.json` always revalidated, and every
 * dashboard response (not the API's, not the OpenID provider's) with deploy/nginx.conf's
 * Content-Security-Policy and security headers, so every e2e test runs under the production policy.
 */
export async function registerStatic(app: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`--static ${dir}: no index.html there. Build the dashboard first (npm run build).`);
  }
  const template = readNginxTemplate();
  // Read per response, as nginx serves the file: an edited config.json counts at the next reload.
  const readConfig = () =>
    existsSync(resolve(root, 'config.json')) ? readFileSync(resolve(root, 'config.json'), 'utf8') : undefined;
  app.addHook('onSend', async (request, reply, payload) => {
    if (isSpaPath(request.url)) reply.headers(dashboardHeaders(template, headerVariables(readConfig())));
    return payload;
  });
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: 'index.html',
    // Serves x.js.gz in place of x.js where a build step left one, as production hosts do.
    preCompressed: true,
    cacheControl: false,
    allowedPath: (pathName) => isSpaPath(pathName),
    setHeaders: (reply, path) => {
      const cache = /[\\/]assets[\\/]/.test(path.slice(root.length))
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      reply.header('Cache-Control', cache);
    },
  });
}

/**
 * index.html for a client-side route, with `<base href="/">` so the page's relative asset URLs
 * resolve against the root (/assets/x.js), not the deep path (/teams/a/jobs/assets/x.js): the
 * browser then keys every module by one URL. deploy/nginx.conf injects the same tag.
 */
export function sendSpaIndex(reply: FastifyReply, dir: string): FastifyReply {
  const html = readFileSync(resolve(dir, 'index.html'), 'utf8');
  const withBase = /<base\s/i.test(html) ? html : html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<base href="/">`);
  return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(withBase);
}
