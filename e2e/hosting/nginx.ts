import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The documented template, exactly as users deploy it. */
export const NGINX_TEMPLATE = resolve(import.meta.dirname, '../../deploy/nginx.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

/** The template's variables (see the header of deploy/nginx.conf). */
export interface DashboardSiteVariables {
  VDK_LISTEN: string;
  VDK_BASE_PATH: string;
  VDK_DIST_DIR: string;
  VDK_CONTROL_SERVICE: string;
  VDK_FRAME_ANCESTORS: string;
  VDK_CONNECT_SRC: string;
}

/** What envsubst does with the documented variable list; a placeholder without a value is an error, not "". */
export function renderTemplate(template: string, variables: Record<string, string>): string {
  return template.replace(/\$\{(VDK_[A-Z_]+)\}/g, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf uses \${${name}}, which the test does not set`);
    return value;
  });
}

/** A site for the test nginx: the dashboard template rendered with variables, or a literal server block. */
export type Site = { dashboard: DashboardSiteVariables } | { serverBlock: string };

export interface RunningNginx {
  /** Stops nginx and removes its directory. */
  stop(): Promise<void>;
  /** nginx's error log so far, for failure messages. */
  errorLog(): Promise<string>;
}

/**
 * A private nginx (Debian's binary) in a temporary directory: its own pid file, logs and temp paths, so it runs
 * beside anything else, as any user. The sites are included into a minimal `http` block the way
 * /etc/nginx/conf.d/ files are.
 */
export async function startNginx(sites: readonly Site[]): Promise<RunningNginx> {
  if (!NGINX) {
    throw new Error('nginx is not installed: `apt-get install -y nginx` (.ci/run installs it when missing).');
  }
  const dir = await mkdtemp(join(tmpdir(), 'vdk-nginx-'));
  const template = await readFile(NGINX_TEMPLATE, 'utf8');
  const includes: string[] = [];
  for (const [index, site] of sites.entries()) {
    const file = join(dir, `site-${index}.conf`);
    await writeFile(file, 'dashboard' in site ? renderTemplate(template, { ...site.dashboard }) : site.serverBlock);
    includes.push(`    include ${file};`);
  }
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const main = [
    // As root, workers would switch to "nobody", who may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    `    access_log ${join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${temp(name)}`),
    ...includes,
    '}',
    '',
  ].join('\n');
  const configFile = join(dir, 'nginx.conf');
  await writeFile(configFile, main);
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', configFile];

  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new Error(`nginx rejected the rendered config (${dir}):\n${check.stderr}`);
  }

  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const errorLog = () => readFile(join(dir, 'error.log'), 'utf8').catch(() => '');

  // nginx binds its ports, then writes its pid: up once the file holds it. The `-t` check above leaves the file
  // there, empty, so its mere existence says nothing (a request sent then was refused now and then).
  const pidFile = join(dir, 'nginx.pid');
  const started = Date.now();
  while ((await readFile(pidFile, 'utf8').catch(() => '')).trim() !== String(child.pid)) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start: ${stderr}${await errorLog()}`);
    if (Date.now() - started > 10_000) throw new Error(`nginx did not start within 10 s: ${await errorLog()}`);
    await new Promise((done) => setTimeout(done, 50));
  }

  return {
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the production build with its own config.json, as an operator deploys it: the same files,
 * edited configuration.
 */
export async function deployBuild(distDir: string, config: (shipped: Record<string, unknown>) => unknown) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No production build in ${distDir}: run \`npx vite build\` first (npm test does).`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'vdk-dist-'));
  await cp(distDir, dir, { recursive: true });
  const shipped = JSON.parse(await readFile(join(distDir, 'config.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(dir, 'config.json'), JSON.stringify(config(shipped), null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
