/**
 * The README's tour pictures: `npm run build && npx tsx scripts/screenshots.ts` starts the local Control Service with
 * the demo data (in memory, auth on) on PORT (default 8096), signs in as alice, and saves the team home, runs,
 * failures, job list, a job's history and an execution with its logs as 1440 × 900 PNGs in docs/screenshots/.
 * Not part of `npm test`: the pictures change with every look of the pages and with the demo clock.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { signInOverHttp, startSignedIn } from '../e2e/fixtures/auth';
import { chromiumLaunchOptions } from '../e2e/support/chromium';

const PORT = Number(process.env.PORT ?? 8096);
const BASE = `http://localhost:${PORT}`;
const OUT = 'docs/screenshots';
const TEAM = 'data-platform';
/** Running when the demo opens, so its newest execution has a log that grows. */
const JOB = { team: 'analytics', job: 'ingest-sales' };

async function waitForService(emulator: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (emulator.exitCode !== null) throw new Error(`The emulator exited with code ${emulator.exitCode}.`);
    try {
      if ((await fetch(`${BASE}/config.json`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The emulator did not answer on ${BASE} within a minute.`);
}

/** Waits until nothing shows as loading, then a moment for charts to finish drawing. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('progressbar')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(800);
}

async function newestExecution(token: string): Promise<string> {
  const response = await fetch(`${BASE}/data-jobs/for-team/${JOB.team}/jobs/${JOB.job}/executions`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok)
    throw new Error(`Listing the executions of ${JOB.job}: ${response.status} ${await response.text()}`);
  const runs = (await response.json()) as { id: string; start_time: string }[];
  const newest = runs.sort((a, b) => Date.parse(b.start_time) - Date.parse(a.start_time))[0];
  if (!newest) throw new Error(`${JOB.job} has no executions in the demo data.`);
  return newest.id;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
  mkdirSync(OUT, { recursive: true });
  const isTaken = await fetch(BASE).then(
    () => true,
    () => false,
  );
  if (isTaken) throw new Error(`Something already answers on ${BASE}: choose another port with PORT=.`);
  const emulator = spawn(
    process.execPath,
    ['--import', 'tsx', 'emulator/src/main.ts', '--port', String(PORT), '--memory', '--seed', 'demo'].concat([
      '--static',
      'dist',
      '--auth',
      'on',
    ]),
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForService(emulator);
    const tokens = await signInOverHttp(BASE, 'alice');
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
      timezoneId: 'UTC',
      locale: 'en-US',
    });
    const page = await context.newPage();
    await startSignedIn(page, BASE, tokens);
    const execution = await newestExecution(tokens.access_token);
    const shots: [name: string, path: string][] = [
      ['team-home', `/teams/${TEAM}`],
      ['runs', `/teams/${TEAM}/executions`],
      ['failures', `/teams/${TEAM}/failures`],
      ['job-list', `/teams/${TEAM}/jobs`],
      ['job-history', `/teams/${JOB.team}/jobs/${JOB.job}/executions`],
      ['execution-logs', `/teams/${JOB.team}/jobs/${JOB.job}/executions/${execution}`],
    ];
    for (const [name, path] of shots) {
      await page.goto(`${BASE}${path}`);
      await settle(page);
      // The execution from its heading down, so its facts and the first lines of its log share the picture.
      if (name === 'execution-logs') {
        // Just below the sticky app bar.
        await page
          .getByRole('heading', { name: /^Execution / })
          .evaluate((heading) => window.scrollBy(0, heading.getBoundingClientRect().top - 80));
      }
      await page.screenshot({ path: `${OUT}/${name}.png` });
      console.log(`${OUT}/${name}.png  ${path}`);
    }
  } finally {
    await browser.close();
    emulator.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
