import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const API_PREFIXES = ['/data-jobs', '/oidc', '/__emulator'];

/** True for GET paths the SPA should answer with index.html (client-side routes). */
export function isSpaPath(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return !API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the built dashboard beside the API, as an ingress does in production: hashed
 * `assets/*` cached for a year, `index.html` and `config.json` always revalidated.
 */
export async function registerStatic(app: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`--static ${dir}: no index.html there. Build the dashboard first (npm run build).`);
  }
  // A deep link's index.html (/teams/a/jobs/b) resolves its relative asset URLs against the deep path
  // (/teams/a/jobs/assets/x.js). Serve the file there, not a redirect: browsers key ES modules by the
  // requested URL, so a redirected entry would run a second time when a lazy chunk imports it by its
  // final URL (two apps in one page). src/config/app-base.ts cuts the route part off to find the root.
  // (deploy/nginx.conf injects a <base href> instead.)
  app.addHook('onRequest', async (request, reply) => {
    const deepAsset = /^\/.+?\/(assets\/[^/?]+)(?:\?.*)?$/.exec(request.url);
    if (request.method !== 'GET' || !deepAsset?.[1] || !isSpaPath(request.url)) return;
    if (existsSync(resolve(root, deepAsset[1]))) return reply.sendFile(deepAsset[1]);
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
