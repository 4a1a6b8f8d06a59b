// `npm test`: every check in the order it fails fastest, stopping at the first failing step, then one plain line
// "N passed, N failed" totalling every suite (the CI reads that line, alone, last).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkCounts, playwrightCounts, summaryLine, vitestCounts, type Counts } from './lib/test-counts.ts';

const REPORTS = 'test-results';
const VITEST_REPORT = path.join(REPORTS, 'vitest.json');
const PLAYWRIGHT_REPORT = path.join(REPORTS, 'playwright.json'); // set in playwright.config.ts

type Run = (command: string, args: string[]) => Promise<number>;

interface Stage {
  name: string;
  run: (run: Run) => Promise<Counts>;
}

/** Runs a command with the terminal as its output: the long stages show their progress as it happens. */
const runLive: Run = (command, args) => {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(path.join('node_modules', '.bin', command), args, { stdio: 'inherit' });
    child.once('error', (error) => (console.error(error.message), resolve(127)));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
};

/** Runs commands keeping what they print, for a stage that runs beside another: each prints whole, not interleaved. */
function bufferedRun(): { run: Run; output: () => string } {
  let output = '';
  const run: Run = (command, args) => {
    output += `\n$ ${command} ${args.join(' ')}\n`;
    return new Promise((resolve) => {
      const child = spawn(path.join('node_modules', '.bin', command), args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', (error) => ((output += `${error.message}\n`), resolve(127)));
      child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  };
  return { run, output: () => output };
}

/** Runs the commands in order until one fails; its exit code, or 0. */
async function runAll(run: Run, ...commands: Array<[string, string[]]>): Promise<number> {
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

const typecheck: Stage = {
  name: 'typecheck',
  run: async (run) =>
    checkCounts(await runAll(run, ['tsc', ['-p', 'tsconfig.app.json']], ['tsc', ['-p', 'tsconfig.node.json']])),
};
const lint: Stage = {
  name: 'lint',
  run: async (run) => checkCounts(await run('eslint', ['.', '--max-warnings=0'])),
};
const format: Stage = {
  name: 'format',
  run: async (run) => checkCounts(await run('prettier', ['--check', '--log-level', 'warn', '.'])),
};
const budget: Stage = {
  name: 'build + bundle budget',
  run: async (run) =>
    checkCounts(await runAll(run, ['vite', ['build', '--logLevel', 'warn']], ['tsx', ['scripts/bundle-budget.ts']])),
};
const unit: Stage = {
  name: 'unit tests',
  run: async (run) => {
    const code = await run('vitest', [
      'run',
      '--reporter=minimal',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ]);
    return vitestCounts(readReport(VITEST_REPORT), code);
  },
};
const e2e: Stage = {
  name: 'e2e',
  run: async (run) => {
    const code = await run('playwright', ['test']);
    return playwrightCounts(readReport(PLAYWRIGHT_REPORT), code);
  },
};

/** Stages that run one after another. */
type Lane = Stage[];

/**
 * The lanes of a step run side by side, the next step only when all passed. ESLint (type-checked rules) is the
 * longest check and uses one core; the other core runs the other single-threaded checks meanwhile, in the order they
 * fail fastest, then the unit tests (two workers), which so take the core ESLint leaves idle for its last ~20 s and
 * have the machine to themselves after that. e2e (CPU-bound) has it to itself: sharing it would slow its timed waits.
 */
const steps: Lane[][] = [[[lint], [typecheck, format, budget, unit]], [[e2e]]];

interface Result {
  name: string;
  ms: number;
  counts: Counts;
}

async function runStage(stage: Stage, run: Run): Promise<Result> {
  const stageStarted = performance.now();
  const counts = await stage.run(run);
  return { name: stage.name, ms: performance.now() - stageStarted, counts };
}

const failed = (results: readonly Result[]) => results.some((result) => result.counts.failed > 0);

/**
 * A step of one lane runs its stages live; stages beside others print each its output whole when it ends. Once a
 * stage failed, no lane starts another.
 */
async function runStep(step: Lane[], results: Result[]): Promise<void> {
  const live = step.length === 1;
  await Promise.all(
    step.map(async (lane) => {
      for (const stage of lane) {
        if (failed(results)) return;
        if (live) {
          results.push(await runStage(stage, runLive));
          continue;
        }
        const { run, output } = bufferedRun();
        const result = await runStage(stage, run);
        process.stdout.write(output());
        results.push(result);
      }
    }),
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(report, { force: true });
mkdirSync(REPORTS, { recursive: true });

const results: Result[] = [];
const started = performance.now();
for (const step of steps) {
  await runStep(step, results);
  if (failed(results)) break;
}

console.log('\nStages:');
for (const stage of steps.flat(2)) {
  const result = results.find((r) => r.name === stage.name);
  const outcome = !result
    ? 'not run'
    : `${result.counts.failed > 0 ? 'FAILED' : 'ok'} (${result.counts.passed} passed, ${result.counts.failed} failed)`;
  console.log(`  ${stage.name.padEnd(24)} ${(result ? seconds(result.ms) : '').padStart(8)}  ${outcome}`);
}
console.log(`  ${'total'.padEnd(24)} ${seconds(performance.now() - started).padStart(8)}`);
console.log(summaryLine(results.map((r) => r.counts)));
process.exitCode = failed(results) ? 1 : 0;
