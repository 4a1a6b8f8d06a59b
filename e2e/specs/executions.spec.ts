import type { Page } from '@playwright/test';
import { axeViolations } from '../fixtures/axe';
import { columnCells } from '../fixtures/table-columns';
import { controlService } from '../fixtures/control-service';
import { strToU8, zipSync } from 'fflate';
import { expect, test, uniqueName } from '../fixtures/signed-in';

const TEAM = 'analytics';
const jobUrl = (job: string) => `/teams/${TEAM}/jobs/${job}`;

interface JobProfileOverrides {
  durationSeconds?: number;
  jitter?: number;
  userErrorRate?: number;
  platformErrorRate?: number;
  skippedRate?: number;
  startDelaySeconds?: number;
}

/** The Control Service of this project as the setup sees it: bearer token, JSON in and out, failures thrown. */
function setup(baseURL: string, token: () => Promise<string>) {
  async function call(method: string, path: string, body?: BodyInit, type = 'application/json') {
    const response = await fetch(new URL(path, baseURL), {
      method,
      headers: { Authorization: `Bearer ${await token()}`, ...(body ? { 'Content-Type': type } : {}) },
      body,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Test setup: ${method} ${path} → ${response.status} ${text}`);
    return { response, json: text ? (JSON.parse(text) as unknown) : undefined };
  }
  const jobPath = (job: string) => `/data-jobs/for-team/${TEAM}/jobs/${job}`;

  return {
    /** Uploads a minimal job folder and deploys it; resolves once the deployment is visible. */
    async deploy(job: string) {
      const zip = zipSync({
        [`${job}/config.ini`]: strToU8(`[owner]\nteam = ${TEAM}\n`),
        [`${job}/20_ingest.py`]: strToU8('def run(job_input):\n    print(job_input.get_arguments())\n'),
      });
      const { json } = await call('POST', `${jobPath(job)}/sources`, Buffer.from(zip), 'application/octet-stream');
      const version = (json as { version_sha: string }).version_sha;
      await call(
        'POST',
        `${jobPath(job)}/deployments`,
        JSON.stringify({ job_version: version, python_version: '3.9' }),
      );
      await expect
        .poll(
          async () =>
            ((await call('GET', `${jobPath(job)}/deployments`)).json as { job_version?: string }[])[0]?.job_version,
          {
            timeout: 15_000,
          },
        )
        .toBe(version);
    },
    /** How the emulator runs the job's next executions (admin API, see emulator/README.md). */
    async profile(job: string, profile: JobProfileOverrides) {
      await call('PUT', `/__emulator/jobs/${job}/profile`, JSON.stringify(profile));
    },
    async start(job: string): Promise<string> {
      const { response } = await call(
        'POST',
        `${jobPath(job)}/deployments/release/executions`,
        JSON.stringify({ started_by: 'manual/e2e' }),
      );
      return response.headers.get('Location')!.split('/').pop()!;
    },
    async execution(job: string, id: string) {
      return (await call('GET', `${jobPath(job)}/executions/${id}`)).json as { status: string; started_by: string };
    },
  };
}

/** WCAG 2.1 A/AA problems axe finds in the page (dialogs included), as readable lines. */
const violations = (page: Page) => axeViolations(page);

test.describe('execution history and logs', () => {
  // Runs go through their real phases on a 10× clock, and several engineers share the machine.
  test.describe.configure({ timeout: 90_000 });
  test('start with arguments and watch it go submitted → running → succeeded without a reload, logs growing', async ({
    page,
    api,
    baseURL,
    tokens,
  }) => {
    const control = setup(baseURL!, async () => tokens.access_token);
    const clock = controlService(baseURL!, async () => tokens.access_token);
    const job = uniqueName('exec-live');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(job);
    // A minute submitted and a minute running on the 10× clock (room for a slow machine to show each phase); the
    // test moves the emulator's clock on to the next phase once it has seen one.
    const phaseSeconds = 600;
    await control.profile(job, {
      startDelaySeconds: phaseSeconds,
      durationSeconds: phaseSeconds,
      jitter: 0,
      userErrorRate: 0,
      platformErrorRate: 0,
      skippedRate: 0,
    });

    await page.goto(`${jobUrl(job)}/executions`);
    await expect(page.getByRole('heading', { name: 'Execution history' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No executions yet' })).toBeVisible();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.getByRole('button', { name: /Execute with arguments/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Execute now with arguments' });
    const editor = dialog.getByRole('textbox', { name: 'Arguments (JSON object)' });
    await editor.fill('["not", "an object"]');
    await expect(editor).toHaveAccessibleDescription(/must be a JSON object/);
    await expect(dialog.getByRole('button', { name: 'Execute' })).toBeDisabled();
    await editor.fill('{"date": "2026-11-27", "full_reload": true}');
    await dialog.getByRole('button', { name: 'Execute' }).click();

    await expect(page.getByRole('heading', { name: new RegExp(`^Execution ${job}-\\d+$`) })).toBeVisible();
    const executionId = page.url().split('/').pop()!;
    const execution = page.getByRole('region', { name: /^Execution / });
    const summary = execution.getByRole('definition');
    await expect(execution.getByText('Submitted', { exact: true }).first()).toBeVisible();
    await expect(summary.filter({ hasText: '"full_reload": true' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Not started yet' })).toBeVisible();

    await clock.advanceClock(phaseSeconds * 1000);
    await expect(execution.getByText('Running', { exact: true }).first()).toBeVisible({ timeout: 25_000 });
    const logLines = page.getByRole('region', { name: 'Log lines' });
    await expect(logLines).toBeVisible({ timeout: 15_000 });
    const lineCount = async () => Number((await page.getByText(/^\d+ lines?$/).textContent())?.split(' ')[0]);
    const firstCount = await lineCount();
    await clock.advanceClock((phaseSeconds / 2) * 1000);
    await expect.poll(lineCount, { timeout: 20_000 }).toBeGreaterThan(firstCount);

    await clock.advanceClock((phaseSeconds / 2) * 1000);
    await expect(execution.getByText('Succeeded', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await expect(logLines.getByText(/Job execution result: SUCCESS/)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const stored = await control.execution(job, executionId);
    expect(stored.status).toBe('succeeded');
    expect(stored.started_by).toBe('manual/vdk-dashboard/alice');
  });

  test('cancel a running execution after confirming', async ({ page, api, baseURL, tokens }) => {
    const control = setup(baseURL!, async () => tokens.access_token);
    const job = uniqueName('exec-cancel');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(job);
    await control.profile(job, { startDelaySeconds: 1, durationSeconds: 3600, userErrorRate: 0, skippedRate: 0 });
    const executionId = await control.start(job);

    await page.goto(`${jobUrl(job)}/executions/${executionId}`);
    const execution = page.getByRole('region', { name: `Execution ${executionId}` });
    await expect(execution.getByText('Running', { exact: true }).first()).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Cancel execution' }).click();
    const confirm = page.getByRole('dialog', { name: `Cancel execution ${executionId}?` });
    await expect(confirm).toContainText('is not rolled back');
    await confirm.getByRole('button', { name: 'Cancel execution' }).click();

    await expect(confirm).toBeHidden();
    await expect(execution.getByText('Cancelled', { exact: true }).first()).toBeVisible();
    await expect(
      execution.getByRole('definition').filter({ hasText: 'Job execution cancelled by user.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cancel execution' })).toBeHidden();
    expect((await control.execution(job, executionId)).status).toBe('cancelled');
  });

  test('status and time filters live in the URL and survive a reload', async ({ page }) => {
    await page.goto(`${jobUrl('ingest-sales')}/executions`);
    const table = page.getByRole('table', { name: 'Executions' });
    await expect(table.getByRole('row')).not.toHaveCount(1);

    await page.getByRole('button', { name: 'Status: All statuses' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Succeeded' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Time range: All time' }).click();
    await page.getByRole('menuitemradio', { name: 'Last 7 days' }).click();
    await expect(page).toHaveURL(/[?&]status=succeeded/);
    await expect(page).toHaveURL(/[?&]range=7d/);

    const checkFiltered = async () => {
      await expect(page.getByRole('button', { name: 'Status: Succeeded' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Time range: Last 7 days' })).toBeVisible();
      const rows = table.getByRole('row');
      await expect(rows.nth(1)).toContainText('Succeeded');
      const statuses = await (await columnCells(table, 'Status')).allInnerTexts();
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set(['Succeeded']));
    };
    await checkFiltered();
    await page.reload();
    await checkFiltered();
  });

  test('dragging across the duration chart filters the history to that time', async ({ page }) => {
    await page.goto(`${jobUrl('ingest-sales')}/executions`);
    const figure = page.getByRole('figure', { name: /^Duration over time/ });
    // The plot: its marks' canvas takes the drag.
    const chart = figure.locator('canvas');
    // Drag once the page has settled: table loaded, chart drawn with its legend.
    await expect(page.getByRole('table', { name: 'Executions' }).getByRole('link').first()).toBeVisible();
    await expect(figure.getByText('Succeeded')).toBeVisible();
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    const y = box.y + box.height * 0.5;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.7, y, { steps: 8 });
    await page.mouse.up();

    await expect(page).toHaveURL(/[?&]range=custom/);
    const url = new URL(page.url());
    const from = Date.parse(url.searchParams.get('from')!);
    const to = Date.parse(url.searchParams.get('to')!);
    expect(to).toBeGreaterThan(from);
    await expect(page.getByRole('button', { name: 'Time range: Custom range' })).toBeVisible();
    // The previous range's rows stay, dimmed and busy, until the range's own are drawn.
    await expect(page.getByRole('table', { name: 'Executions' })).toHaveAttribute('aria-busy', 'false');
    const starts = await (
      await columnCells(page.getByRole('table', { name: 'Executions' }), 'Start')
    )
      .locator('time')
      .evaluateAll((cells) => cells.map((cell) => Date.parse(cell.getAttribute('datetime') ?? '')));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) {
      expect(start).toBeGreaterThanOrEqual(from);
      expect(start).toBeLessThanOrEqual(to);
    }
  });

  test('the history charts have a name and a summary in words, and no label is cut off', async ({ page }) => {
    await page.goto(`${jobUrl('ingest-sales')}/executions`);
    const duration = page.getByRole('figure', { name: /^Duration over time/ });
    const status = page.getByRole('figure', { name: /^Status distribution/ });
    await expect(duration).toHaveAccessibleDescription(
      /^[\d,]+ executions started from .+ to .+\. Median duration .+, longest .+ \(ingest-sales-.+\)\. [\d,]+ failed\./,
    );
    await expect(status).toHaveAccessibleDescription(/^[\d,]+ executions: .*[\d,]+ Succeeded/);
    await expect(duration.getByText(/Median duration/)).toBeVisible();

    // Every label (axis ticks, the deployment markers' versions, the bars' names and counts) lies inside its chart.
    for (const chart of [duration.locator('svg:has(text)'), status.getByRole('list')]) {
      await expect(chart).toBeVisible();
      const clipped = await chart.evaluate((root) => {
        const box = root.getBoundingClientRect();
        const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const labels: Element[] = [];
        while (texts.nextNode()) if (texts.currentNode.parentElement) labels.push(texts.currentNode.parentElement);
        return labels
          .filter((text) => text.textContent && text.getBoundingClientRect().width > 0)
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
          })
          .map((text) => text.textContent);
      });
      expect(clipped).toEqual([]);
    }
  });

  test('a deep link opens one execution directly, and an unknown id says so', async ({ page, api }) => {
    const latest = await api.latestFinishedExecution(TEAM);
    await page.goto(`${jobUrl(latest.jobName)}/executions/${latest.id}`);
    await expect(page.getByRole('heading', { name: `Execution ${latest.id}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy details' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Logs', exact: true })).toBeVisible();

    await page.goto(`${jobUrl(latest.jobName)}/executions/${latest.jobName}-1`);
    await expect(page.getByRole('heading', { name: 'Execution not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: `All executions of ${latest.jobName}` })).toBeVisible();
  });

  test('search the logs of a failed run and jump to its error', async ({ page, api, baseURL, tokens }) => {
    const control = setup(baseURL!, async () => tokens.access_token);
    const job = uniqueName('exec-fail');
    await api.createJob(TEAM, { job_name: job });
    await control.deploy(job);
    await control.profile(job, {
      startDelaySeconds: 1,
      durationSeconds: 40,
      jitter: 0,
      userErrorRate: 1,
      platformErrorRate: 0,
      skippedRate: 0,
    });
    const executionId = await control.start(job);
    await expect
      .poll(async () => (await control.execution(job, executionId)).status, { timeout: 20_000 })
      .toBe('user_error');

    await page.goto(`${jobUrl(job)}/executions/${executionId}`);
    const execution = page.getByRole('region', { name: `Execution ${executionId}` });
    await expect(execution.getByText('User error', { exact: true }).first()).toBeVisible();
    const logLines = page.getByRole('region', { name: 'Log lines' });
    await expect(logLines).toBeVisible();

    await page.getByRole('button', { name: 'Jump to first error' }).click();
    const focused = logLines.locator('[aria-current="true"]');
    await expect(focused).toContainText('ERROR');
    await expect(focused).toContainText('failed with a user error');

    await page.getByRole('searchbox', { name: 'Search logs' }).fill('customer_id');
    await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('1 of 2');
    await page.getByRole('searchbox', { name: 'Search logs' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('2 of 2');
    await expect(logLines.locator('mark[data-current="true"]')).toHaveText('customer_id');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(page.getByRole('status').filter({ hasText: /of/ })).toHaveText('1 of 2');
  });

  test('a 100,000-line log stays usable: few rows in the page, search and jump to the error', async ({ page, api }) => {
    const latest = await api.latestFinishedExecution(TEAM);
    const lines = Array.from(
      { length: 100_000 },
      (_, index) => `2026-11-27 10:00:00,000 [INFO ] row batch ${index + 1}`,
    );
    lines[99_990] = '2026-11-27 10:59:59,000 [ERROR] needle: the last batch failed';
    // The service's own answer for this execution, with a long log in place of the real one.
    await page.route(`**/executions/${latest.id}/logs**`, (route) =>
      route.fulfill({ json: { logs: lines.join('\n') } }),
    );

    await page.goto(`${jobUrl(latest.jobName)}/executions/${latest.id}`);
    const logLines = page.getByRole('region', { name: 'Log lines' });
    await expect(page.getByText('100,000 lines')).toBeVisible();
    expect(await logLines.locator('[data-line]').count()).toBeLessThan(200);

    const started = Date.now();
    await page.getByRole('button', { name: 'Jump to first error' }).click();
    await expect(logLines.locator('[aria-current="true"]')).toContainText('needle: the last batch failed');
    await expect(logLines.locator('[aria-current="true"]')).toContainText('99991');
    await page.getByRole('searchbox', { name: 'Search logs' }).fill('batch 5000');
    await expect(page.getByRole('status').filter({ hasText: / of / })).toHaveText('1 of 11');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a long log line scrolled sideways keeps its line number in view', async ({ page, api }) => {
    const latest = await api.latestFinishedExecution(TEAM);
    const long = `2026-11-27 10:00:00,000 [INFO ] ${'a wide payload '.repeat(300)}end`;
    await page.route(`**/executions/${latest.id}/logs**`, (route) =>
      route.fulfill({ json: { logs: ['a short line', long].join('\n') } }),
    );

    await page.goto(`${jobUrl(latest.jobName)}/executions/${latest.id}`);
    const logLines = page.getByRole('region', { name: 'Log lines' });
    await expect(logLines.getByText('a short line')).toBeVisible();
    await logLines.hover();
    await page.mouse.wheel(2_000, 0);
    await expect.poll(() => logLines.evaluate((area) => area.scrollLeft)).toBeGreaterThan(0);
    await expect(logLines.getByText('a short line')).not.toBeInViewport();
    await expect(logLines.getByRole('link', { name: 'Link to line 2' })).toBeInViewport();
  });

  test('history, charts, execution, logs and dialogs pass axe (WCAG 2.1 AA)', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${jobUrl('ingest-sales')}/executions?range=custom&from=2026-01-01T00:00:00.000Z`);
    await expect(page.getByRole('table', { name: 'Executions' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByText(/^Duration over time/)).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('table', { name: 'Executions' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Logs', exact: true })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search logs' }).fill('step');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Re-run with the same arguments' }).click();
    await expect(page.getByRole('dialog', { name: 'Re-run with the same arguments' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
