import type { JSONReport } from '@playwright/test/reporter';
import { describe, expect, it } from 'vitest';
import type { JsonTestResults } from 'vitest/reporters';
import { checkCounts, playwrightCounts, summaryLine, vitestCounts } from './test-counts.ts';

type VitestFile = JsonTestResults['testResults'][number];

const vitestFile = (status: 'passed' | 'failed', tests: Array<'passed' | 'failed' | 'skipped'>): VitestFile =>
  ({
    name: 'x.test.ts',
    status,
    message: '',
    startTime: 0,
    endTime: 0,
    assertionResults: tests.map((s) => ({ status: s })),
  }) as VitestFile;

const vitestReport = (files: VitestFile[]): JsonTestResults => {
  const tests = files.flatMap((file) => file.assertionResults);
  return {
    numPassedTests: tests.filter((t) => t.status === 'passed').length,
    numFailedTests: tests.filter((t) => t.status === 'failed').length,
    testResults: files,
  } as JsonTestResults;
};

const playwrightReport = (stats: Partial<JSONReport['stats']>, errors = 0): JSONReport =>
  ({
    stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats },
    errors: Array.from({ length: errors }, () => ({
      message: 'Error: Timed out waiting 90000ms from config.webServer.',
    })),
  }) as JSONReport;

describe('vitestCounts', () => {
  it('counts passed and failed tests, not skipped ones', () => {
    const report = vitestReport([
      vitestFile('passed', ['passed', 'passed', 'skipped']),
      vitestFile('failed', ['passed', 'failed']),
    ]);
    expect(vitestCounts(report, 1)).toEqual({ passed: 3, failed: 1 });
  });

  it('counts a test file that failed to load as a failure', () => {
    const report = vitestReport([vitestFile('passed', ['passed']), vitestFile('failed', [])]);
    expect(vitestCounts(report, 1)).toEqual({ passed: 1, failed: 1 });
  });

  it('never reports a crashed run as green', () => {
    expect(vitestCounts(null, 1)).toEqual({ passed: 0, failed: 1 });
    expect(vitestCounts(vitestReport([vitestFile('passed', ['passed'])]), 1)).toEqual({ passed: 1, failed: 1 });
  });
});

describe('playwrightCounts', () => {
  it('counts flaky tests as passed and unexpected ones as failed', () => {
    expect(playwrightCounts(playwrightReport({ expected: 5, flaky: 1, unexpected: 2, skipped: 3 }), 1)).toEqual({
      passed: 6,
      failed: 2,
    });
  });

  it('counts global errors such as a web server that did not start', () => {
    expect(playwrightCounts(playwrightReport({}, 1), 1)).toEqual({ passed: 0, failed: 1 });
  });

  it('never reports a run without a report as green', () => {
    expect(playwrightCounts(null, 1)).toEqual({ passed: 0, failed: 1 });
  });
});

describe('summaryLine', () => {
  it('totals every suite in the plain form the CI reads', () => {
    const all = [checkCounts(0), checkCounts(0), { passed: 40, failed: 2 }, checkCounts(1), { passed: 7, failed: 0 }];
    expect(summaryLine(all)).toBe('49 passed, 3 failed');
  });

  it('reads 0 passed, 0 failed when nothing ran', () => {
    expect(summaryLine([])).toBe('0 passed, 0 failed');
  });
});
