import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, MEGABYTE } from '@/testing/hostile-payloads';
import { historyRun, manyFailures } from './failure-fixtures';
import { triageFailures, type Cause } from './triage';

const at = (minute: number) => new Date(Date.parse('2026-12-01T10:00:00Z') + minute * 60_000).toISOString();
const none = new Map();

const kinds = (causes: Cause[]) => causes.map((cause) => cause.kind);

describe('triageFailures', () => {
  it('groups one message across jobs with its countermeasure', () => {
    const oom = 'Out of memory error on the K8S pod. Please optimize your data job.';
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'a-1', jobName: 'a', message: oom, startTime: at(0) }),
        historyRun({ id: 'b-1', jobName: 'b', message: oom, startTime: at(300) }),
        historyRun({ id: 'b-2', jobName: 'b', message: 'User error', startTime: at(600) }),
      ],
      successes: [],
      logSignatures: none,
    });
    expect(causes).toHaveLength(2);
    const [first] = causes;
    expect(first).toMatchObject({ kind: 'message', runs: 2, jobs: ['a', 'b'], message: oom, source: 'service' });
    expect(first?.kind === 'message' && first.advice).toMatch(/memory/);
    expect(first).toMatchObject({ firstSeen: at(0), lastSeen: at(300) });
  });

  it('makes platform errors of several jobs within minutes one incident, and a lone one a message', () => {
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'a-1', jobName: 'a', status: 'PLATFORM_ERROR', message: 'Platform error', startTime: at(0) }),
        historyRun({ id: 'b-1', jobName: 'b', status: 'PLATFORM_ERROR', message: 'Platform error', startTime: at(10) }),
        historyRun({ id: 'c-1', jobName: 'c', status: 'PLATFORM_ERROR', message: 'Platform error', startTime: at(20) }),
        historyRun({
          id: 'a-2',
          jobName: 'a',
          status: 'PLATFORM_ERROR',
          message: 'Platform error',
          startTime: at(500),
        }),
      ],
      successes: [],
      logSignatures: none,
    });
    expect(kinds(causes)).toEqual(['incident', 'message']);
    expect(causes[0]).toMatchObject({
      runs: 3,
      jobs: ['a', 'b', 'c'],
      windowStart: at(0),
      statuses: ['platform_error'],
    });
    expect(causes[1]).toMatchObject({ runs: 1, jobs: ['a'] });
  });

  it('names the version a job started failing with and how often the previous one succeeded', () => {
    const old = { jobVersion: 'old1234', vdkVersion: '0.3.1', deployedBy: 'bob', deployedDate: at(-1000) };
    const fresh = { jobVersion: '1a2b3c4', vdkVersion: '0.3.1', deployedBy: 'alice', deployedDate: at(50) };
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'j-0', jobName: 'j', startTime: at(0), deployment: old }),
        historyRun({ id: 'j-2', jobName: 'j', startTime: at(60), deployment: fresh }),
        historyRun({ id: 'j-3', jobName: 'j', startTime: at(120), deployment: fresh }),
      ],
      successes: [
        historyRun({ id: 'j-s1', jobName: 'j', status: 'SUCCEEDED', startTime: at(-60), deployment: old }),
        historyRun({ id: 'j-s2', jobName: 'j', status: 'SUCCEEDED', startTime: at(30), deployment: old }),
      ],
      logSignatures: none,
    });
    expect(causes[0]).toMatchObject({
      kind: 'change',
      change: 'job version',
      version: '1a2b3c4',
      deployedBy: 'alice',
      previousVersion: 'old1234',
      previousSucceeded: 2,
      runs: 2,
    });
    // The failure before the last success is not part of the change.
    expect(causes[1]).toMatchObject({ kind: 'message', runs: 1, sample: [{ id: 'j-0' }] });
  });

  it('sees no change when the version did not move, or nothing ever succeeded', () => {
    const failures = [historyRun({ id: 'j-2', jobName: 'j', startTime: at(60) })];
    const successes = [historyRun({ id: 'j-1', jobName: 'j', status: 'SUCCEEDED', startTime: at(0) })];
    expect(kinds(triageFailures({ failures, successes, logSignatures: none }))).toEqual(['message']);
    expect(kinds(triageFailures({ failures, successes: [], logSignatures: none }))).toEqual(['message']);
  });

  it('groups by the log signature where a log was seen, across jobs, and says it came from logs', () => {
    const signature = { step: '20_ingest.py', error: "KeyError: 'customer_id'" };
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'a-1', jobName: 'a', startTime: at(0) }),
        historyRun({ id: 'b-1', jobName: 'b', startTime: at(5) }),
        historyRun({ id: 'c-1', jobName: 'c', startTime: at(6) }),
      ],
      successes: [],
      logSignatures: new Map([
        ['a-1', signature],
        ['b-1', { ...signature }],
      ]),
    });
    expect(causes[0]).toMatchObject({ kind: 'log', runs: 2, jobs: ['a', 'b'], signature, source: 'log' });
    expect(causes[1]).toMatchObject({ kind: 'message', runs: 1, jobs: ['c'] });
  });

  it('groups skipped runs per job, after the failures', () => {
    const skipped = 'Skipping job execution due to another parallel running execution.';
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'a-1', jobName: 'a', status: 'SKIPPED', message: skipped }),
        historyRun({ id: 'a-2', jobName: 'a', status: 'SKIPPED', message: skipped, startTime: at(30) }),
        historyRun({ id: 'b-1', jobName: 'b', status: 'SKIPPED', message: skipped }),
        historyRun({ id: 'c-1', jobName: 'c' }),
      ],
      successes: [],
      logSignatures: none,
    });
    expect(kinds(causes)).toEqual(['message', 'skipped', 'skipped']);
    expect(causes[1]).toMatchObject({ jobs: ['a'], runs: 2 });
  });

  it('leaves out rows it cannot place in time and keeps hostile and huge messages as cut text', () => {
    const causes = triageFailures({
      failures: [
        historyRun({ id: 'bad', startTime: 'not a date' }),
        historyRun({ id: '', startTime: at(0) }),
        historyRun({ id: 'huge', message: MEGABYTE }),
        ...HOSTILE_PAYLOADS.map((message, index) => historyRun({ id: `h-${index}`, message })),
      ],
      successes: [],
      logSignatures: none,
    });
    const total = causes.reduce((sum, cause) => sum + cause.runs, 0);
    expect(total).toBe(1 + HOSTILE_PAYLOADS.length);
    for (const cause of causes) {
      if (cause.kind === 'message') expect(cause.example.length).toBeLessThanOrEqual(1000);
    }
  });

  it('places each of 10,000 failures in exactly one cause, quickly', () => {
    const failures = manyFailures(10_000);
    const started = performance.now();
    const causes = triageFailures({ failures, successes: [], logSignatures: none });
    const elapsed = performance.now() - started;
    expect(causes.reduce((sum, cause) => sum + cause.runs, 0)).toBe(10_000);
    expect(causes.length).toBeLessThan(1000);
    expect(causes.every((cause) => cause.sample.length <= 5)).toBe(true);
    // Generous for a shared test machine; the bench measures the real figure in a browser.
    expect(elapsed).toBeLessThan(2_000);
  });
});
