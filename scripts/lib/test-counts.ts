import type { JSONReport } from '@playwright/test/reporter';
import type { JsonTestResults } from 'vitest/reporters';

export interface Counts {
  passed: number;
  failed: number;
}

/**
 * A run that exited non-zero never reads as all green: when the report shows no failed test (a crash, a file that
 * did not load, a server that did not start), the run itself counts as one failure.
 */
function atLeastOneFailureOnError(counts: Counts, exitCode: number): Counts {
  return exitCode !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/** Tests from Vitest's JSON report; a test file that failed to load counts as a failed test. */
export function vitestCounts(report: JsonTestResults | null, exitCode: number): Counts {
  if (!report) return atLeastOneFailureOnError({ passed: 0, failed: 0 }, exitCode);
  const filesThatDidNotRun = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return atLeastOneFailureOnError(
    { passed: report.numPassedTests, failed: report.numFailedTests + filesThatDidNotRun },
    exitCode,
  );
}

/** Tests from Playwright's JSON report; flaky tests passed on retry, global errors (e.g. web server) are failures. */
export function playwrightCounts(report: JSONReport | null, exitCode: number): Counts {
  if (!report) return atLeastOneFailureOnError({ passed: 0, failed: 0 }, exitCode);
  const { expected, flaky, unexpected } = report.stats;
  return atLeastOneFailureOnError({ passed: expected + flaky, failed: unexpected + report.errors.length }, exitCode);
}

/** A check that is one test: type checking, lint, the bundle budget. */
export function checkCounts(exitCode: number): Counts {
  return exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** The closing line the CI reads. */
export function summaryLine(all: readonly Counts[]): string {
  const passed = all.reduce((sum, c) => sum + c.passed, 0);
  const failed = all.reduce((sum, c) => sum + c.failed, 0);
  return `${passed} passed, ${failed} failed`;
}
