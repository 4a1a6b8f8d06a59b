// `npm test`: every check in the order it fails fastest, stopping at the first failing stage, then one plain line
// "N passed, N failed" totalling every suite (the CI reads that line, alone, last).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkCounts, playwrightCounts, summaryLine, vitestCounts, type Counts } from './lib/test-counts.ts';

const REPORTS = 'test-results';
const VITEST_REPORT = path.join(REPORTS, 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(REPORTS, 'playwright.json'); // set in playwright.config.ts

interface Stage {
  name: string;
  run: () => Promise<Counts>;
}

function run(command: string, args: string[]): Promise<number> {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(path.join('node_modules', '.bin', command), args, { stdio: 'inherit' });
    child.once('error', (error) => (console.error(error.message), resolve(127)));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs the commands in order until one fails; its exit code, or 0. */
async function runAll(...commands: Array<[string, string[]]>): Promise<number> {
  for (const [command, args] of commands) {
    const code = await run(command, args);
    if (code !== 0) return code;
  }
  return 0;
}

function readReport<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

const stages: Stage[] = [
  {
    name: 'typecheck',
    run: async () =>
      checkCounts(await runAll(['tsc', ['-p', 'tsconfig.app.json']], ['tsc', ['-p', 'tsconfig.node.json']])),
  },
  {
    name: 'lint',
    run: async () =>
      checkCounts(
        await runAll(['eslint', ['.', '--max-warnings=0']], ['prettier', ['--check', '--log-level', 'warn', '.']]),
      ),
  },
  {
    name: 'unit tests',
    run: async () => {
      const code = await run('vitest', [
        'run',
        '--reporter=minimal',
        '--reporter=json',
        `--outputFile.json=${VITEST_REPORT}`,
      ]);
      return vitestCounts(readReport(VITEST_REPORT), code);
    },
  },
  {
    name: 'build + bundle budget',
    run: async () =>
      checkCounts(await runAll(['vite', ['build', '--logLevel', 'warn']], ['tsx', ['scripts/bundle-budget.ts']])),
  },
  {
    name: 'e2e',
    run: async () => {
      const code = await run('playwright', ['test']);
      return playwrightCounts(readReport(PLAYWRIGHT_REPORT), code);
    },
  },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(report, { force: true });
mkdirSync(REPORTS, { recursive: true });

const results: Array<{ name: string; ms: number; counts: Counts }> = [];
const started = performance.now();
for (const stage of stages) {
  const stageStarted = performance.now();
  const counts = await stage.run();
  results.push({ name: stage.name, ms: performance.now() - stageStarted, counts });
  if (counts.failed > 0) break;
}

console.log('\nStages:');
for (const stage of stages) {
  const result = results.find((r) => r.name === stage.name);
  const outcome = !result
    ? 'not run'
    : `${result.counts.failed > 0 ? 'FAILED' : 'ok'} (${result.counts.passed} passed, ${result.counts.failed} failed)`;
  console.log(`  ${stage.name.padEnd(24)} ${(result ? seconds(result.ms) : '').padStart(8)}  ${outcome}`);
}
console.log(`  ${'total'.padEnd(24)} ${seconds(performance.now() - started).padStart(8)}`);
const failed = results.some((r) => r.counts.failed > 0);
console.log(summaryLine(results.map((r) => r.counts)));
process.exitCode = failed ? 1 : 0;
