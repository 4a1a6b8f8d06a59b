import type { ExecutionHistoryRun } from '@/api/graphql/execution-history-query';

/** A run as the executions query returns it, for tests and the benchmark. */
export function historyRun(overrides: Partial<ExecutionHistoryRun> & { id: string }): ExecutionHistoryRun {
  return {
    jobName: 'ingest-sales',
    type: 'SCHEDULED',
    status: 'USER_ERROR',
    startTime: '2026-12-01T10:00:00Z',
    endTime: '2026-12-01T10:05:00Z',
    message: 'User error',
    deployment: {
      jobVersion: 'aaaaaaa1',
      vdkVersion: '0.3.1',
      deployedBy: 'alice',
      deployedDate: '2026-11-20T09:00:00Z',
    },
    ...overrides,
  };
}

const MESSAGES = [
  'User error',
  'Platform error',
  'Out of memory error on the K8S pod. Please optimize your data job.',
  'Connection to trino-7f9c2d1 timed out after 30000 ms at 2026-12-01T10:00:00Z',
];

/** `count` failed runs over 7 days in 400 jobs: service messages, both error kinds, a few skipped. */
export function manyFailures(count: number, now = Date.parse('2026-12-02T00:00:00Z')): ExecutionHistoryRun[] {
  return Array.from({ length: count }, (_, index) => {
    const start = now - ((index * 60_487) % (7 * 86_400_000));
    return historyRun({
      id: `job-${index % 400}-${start / 1000}`,
      jobName: `job-${index % 400}`,
      status: index % 11 === 0 ? 'PLATFORM_ERROR' : index % 13 === 0 ? 'SKIPPED' : 'USER_ERROR',
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 120_000).toISOString(),
      message: `${MESSAGES[index % MESSAGES.length]} (pod job-${index % 400}-${index.toString(16)}a1b2c3)`,
    });
  });
}
