// `npm run bench`: what a user feels, measured in a real browser against the large seed. Never fails on time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser';
import { prepareBenchDist, startEmulator } from './lib/emulator';
import { jobsQueryLatency, largestTeam } from './lib/jobs-query-latency';
import { evaluate, ratios, renderTable, type Figure, type FigureResult } from './lib/report';
import { coldLoad, executionHistory, pageChange, revisit, type ColdLoad } from './lib/scenarios';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '8120' },
    url: { type: 'string' },
    'row-selector': { type: 'string', default: 'table tbody tr a[href], clr-dg-row' },
  },
});
const runs = Math.max(1, Number(args.runs));
const root = process.cwd();
const HISTORY_JOB = { team: 'team-00', job: 'history-benchmark-job' };

async function repeat<T>(label: string, times: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < times; i += 1) {
    try {
      out.push(await fn());
    } catch (error) {
      console.warn(`  ${label}, run ${i + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return out;
}

function coldFigures(prefix: string, label: string, loads: ColdLoad[], goals: boolean): Figure[] {
  return [
    {
      id: `${prefix}.bytes.js+css`,
      label: `${label}: JS+CSS gzip`,
      unit: 'bytes',
      values: loads.map((l) => l.bytes.js + l.bytes.css),
      goal: goals ? 150_000 : undefined,
    },
    { id: `${prefix}.bytes.js`, label: `${label}: JS`, unit: 'bytes', values: loads.map((l) => l.bytes.js) },
    { id: `${prefix}.bytes.css`, label: `${label}: CSS`, unit: 'bytes', values: loads.map((l) => l.bytes.css) },
    { id: `${prefix}.bytes.data`, label: `${label}: data`, unit: 'bytes', values: loads.map((l) => l.bytes.data) },
    {
      id: `${prefix}.first-row`,
      label: `${label}: first row visible`,
      unit: 'ms',
      values: loads.map((l) => l.firstRowMs),
      goal: goals ? 1_000 : undefined,
    },
    { id: `${prefix}.lcp`, label: `${label}: largest contentful paint`, unit: 'ms', values: loads.map((l) => l.lcpMs) },
  ];
}

const staticDir = prepareBenchDist(root);
const emulator = await startEmulator(root, Number(args.port), staticDir);
const browser = await launchBrowser();
const figures: Figure[] = [];
let theirs: FigureResult[] = [];
try {
  const { team, jobs } = await largestTeam(emulator.origin);
  const teamUrl = `${emulator.origin}/teams/${encodeURIComponent(team)}/jobs`;
  const allUrl = `${emulator.origin}/jobs`;
  console.log(`Measuring ${runs} runs each; team "${team}" has ${jobs} jobs.`);

  figures.push(
    ...coldFigures(
      'team',
      `job list, ${jobs}-job team`,
      await repeat('team list', runs, () => coldLoad(browser, teamUrl)),
      true,
    ),
  );
  figures.push(
    ...coldFigures(
      'all',
      'job list, all teams',
      await repeat('all teams', runs, () => coldLoad(browser, allUrl)),
      false,
    ).filter((f) => f.unit === 'ms'),
  );
  figures.push({
    id: 'page-change',
    label: 'page change after response',
    unit: 'ms',
    values: await repeat('page change', runs, () => pageChange(browser, teamUrl)),
    goal: 100,
  });
  const histories = await repeat('history', runs, () =>
    executionHistory(browser, `${emulator.origin}/teams/${HISTORY_JOB.team}/jobs/${HISTORY_JOB.job}/executions`),
  );
  figures.push(
    {
      id: 'history.first-rows',
      label: 'history of 10,000: first rows',
      unit: 'ms',
      values: histories.map((h) => h.firstRowsMs),
    },
    {
      id: 'history.longest-task',
      label: 'history of 10,000: longest task',
      unit: 'ms',
      values: histories.map((h) => h.longestTaskMs),
      goal: 50,
    },
    {
      id: 'history.scroll-frames',
      label: 'history: frame time p95 while scrolling',
      unit: 'ms',
      values: histories.map((h) => h.scrollFrameP95Ms),
    },
    {
      id: 'log',
      label: '100,000-line log',
      unit: 'ms',
      values: [],
      skipped: 'the large seed has no 100,000-line log yet',
    },
  );
  const revisits = await repeat('revisit', runs, () => revisit(browser, teamUrl));
  figures.push({
    id: 'refetches',
    label: 'requests on list → job → back → job',
    unit: 'count',
    values: revisits.map((r) => r.refetched.length),
    goal: 0,
  });
  for (const url of new Set(revisits.flatMap((r) => r.refetched)))
    console.log(`  refetched within the stale time: ${url}`);
  const latency = await jobsQueryLatency(emulator.origin, team);
  figures.push(
    { id: 'emulator.p50', label: 'emulator jobs query p50', unit: 'ms', values: [latency.p50] },
    { id: 'emulator.p95', label: 'emulator jobs query p95', unit: 'ms', values: [latency.p95], goal: 20 },
  );

  if (args.url) {
    const loads = await repeat('other dashboard', runs, () => coldLoad(browser, args.url!, args['row-selector']));
    theirs = coldFigures('team', 'other dashboard', loads, false).map(evaluate);
  }
} finally {
  await browser.close();
  await emulator.stop();
}

const results = figures.map(evaluate);
console.log(`\n${renderTable(results)}`);
if (theirs.length) {
  console.log(`\nOther dashboard (${args.url}):\n${renderTable(theirs)}`);
  console.log(ratios(results, theirs).join('\n'));
}
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs, results, theirs }, null, 2));
console.log(`\nJSON: ${file}`);
