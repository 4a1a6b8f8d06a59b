import { describe, expect, it } from 'vitest';
import { historyRun, manyFailures } from './failure-fixtures';
import { digestFailures, LOG_READS, logCandidates } from './log-candidates';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const endedMinutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();

describe('the failures’ digest', () => {
  it('names each job with a failed run once, and not a job that was only skipped', async () => {
    const digest = await digestFailures(
      [
        historyRun({ id: 'a-1', jobName: 'a' }),
        historyRun({ id: 'a-2', jobName: 'a', status: 'PLATFORM_ERROR' }),
        historyRun({ id: 'b-1', jobName: 'b', status: 'SKIPPED' }),
      ],
      NOW,
    );
    expect(digest.failingJobs).toEqual(['a']);
  });

  it('keeps the failed runs whose pod may still be there: an hour after a manual run, ten minutes after a scheduled one', async () => {
    const { withLogs } = await digestFailures(
      [
        historyRun({ id: 'manual-recent', type: 'MANUAL', endTime: endedMinutesAgo(50) }),
        historyRun({ id: 'manual-gone', type: 'MANUAL', endTime: endedMinutesAgo(70) }),
        historyRun({ id: 'scheduled-recent', endTime: endedMinutesAgo(5) }),
        historyRun({ id: 'scheduled-gone', endTime: endedMinutesAgo(15) }),
        historyRun({ id: 'skipped', status: 'SKIPPED', endTime: endedMinutesAgo(1) }),
        historyRun({ id: 'no-end', endTime: null }),
      ],
      NOW,
    );
    expect(withLogs.map((run) => run.id)).toEqual(['manual-recent', 'scheduled-recent']);
  });

  it('digests 10,000 failures', async () => {
    const digest = await digestFailures(manyFailures(10_000, NOW), NOW);
    expect(digest.failingJobs).toHaveLength(400);
  });
});

describe('logCandidates', () => {
  it('reads the newest few logs whose signature is not known yet', () => {
    const recent = Array.from({ length: LOG_READS + 3 }, (_, index) => historyRun({ id: `run-${index}` }));
    const candidates = logCandidates(recent, new Set(['run-0', 'run-2']));
    expect(candidates.map((run) => run.id)).toEqual(['run-1', 'run-3', 'run-4', 'run-5', 'run-6']);
  });
});
