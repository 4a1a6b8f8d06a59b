import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as forward, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { dashboardHeaders, NGINX_TEMPLATE } from '../../emulator/src/http/plugins/dashboard-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface PlainStaticHost {
  url: string;
  stop(): Promise<void>;
}

/**
 * The simplest host a dashboard gets: an object store or static server that answers a file when there is one and
 * `index.html` for any other path under the base (SPA fallback), with no rewriting of what it serves: no `<base>`,
 * no `…/assets/` mapping. In front of it, as an ingress would, `/data-jobs` and `/oidc` go to the Control Service.
 * It sends deploy/nginx.conf's CSP, so the page's own bootstrap must pass under it.
 */
export async function startPlainStaticHost(
  dist: string,
  { port, basePath, controlService }: { port: number; basePath: string; controlService: string },
): Promise<PlainStaticHost> {
  const upstream = new URL(controlService);
  const headers = dashboardHeaders(await readFile(NGINX_TEMPLATE, 'utf8'), {
    VDK_FRAME_ANCESTORS: "'self'",
    VDK_CONNECT_SRC: '',
  });
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (path.startsWith('/data-jobs/') || path.startsWith('/oidc/')) {
      const proxied = forward(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      proxied.on('error', () => res.writeHead(502).end());
      req.pipe(proxied);
      return;
    }
    if (!path.startsWith(`${basePath}/`)) return void res.writeHead(404).end();
    const file = normalize(join(dist, path.slice(basePath.length)));
    void serve(file.startsWith(dist) ? file : join(dist, 'index.html'));

    async function serve(candidate: string) {
      const found = await stat(candidate).catch(() => undefined);
      const chosen = found?.isFile() ? candidate : join(dist, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream', ...headers });
      createReadStream(chosen).pipe(res);
    }
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, 'localhost', () => listening());
  });
  return {
    url: `http://localhost:${port}${basePath}/`,
    stop: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
