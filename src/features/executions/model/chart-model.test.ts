import { describe, expect, it } from 'vitest';
import type { ExecutionChartRun } from '@/api/types';
import { chartModel } from './chart-model';

const START = Date.parse('2026-11-20T00:00:00Z');

/** `count` runs a minute apart, newest first as the service answers; every tenth failed; a new version from run 1,000. */
function runs(count: number): ExecutionChartRun[] {
  return Array.from({ length: count }, (_, index) => {
    const start = START + (count - 1 - index) * 60_000;
    return {
      id: `run-${count - 1 - index}`,
      jobName: 'ingest',
      type: 'SCHEDULED',
      status: (count - 1 - index) % 10 === 0 ? 'USER_ERROR' : 'SUCCEEDED',
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 30_000).toISOString(),
      message: null,
      deployment: {
        jobVersion: count - 1 - index < 1000 ? 'v1' : 'v2',
        vdkVersion: '0.3.1',
        deployedDate: null,
        deployedBy: 'dan',
      },
    };
  });
}

describe('the duration chart model', () => {
  it('draws every run of a large range, failures painted last, and says what it shows', async () => {
    const model = await chartModel(runs(3000), new AbortController().signal, START + 10 * 86_400_000);
    expect(model?.marks).toHaveLength(3000);
    expect(model?.dense).toBe(true);
    expect(model?.marks.at(-1)?.status).toBe('user_error');
    expect(model?.marks[0]?.status).toBe('succeeded');
    expect(model?.markers.map((marker) => marker.firstExecutionId)).toEqual(['run-1000']);
    expect(model?.span).toEqual([START, START + 2999 * 60_000]);
    expect(model?.stats).toEqual({
      count: 3000,
      from: START,
      to: START + 2999 * 60_000,
      median: 30,
      longest: { id: 'run-2999', seconds: 30 },
      failed: 300,
    });
  });

  it('draws a small range with marks that do not crowd', async () => {
    const model = await chartModel(runs(20), new AbortController().signal);
    expect(model?.dense).toBe(false);
    expect(model?.marks).toHaveLength(20);
  });

  it('stops when newer runs replace the ones it reads', async () => {
    const abort = new AbortController();
    const model = chartModel(runs(3000), abort.signal);
    abort.abort();
    await expect(model).resolves.toBeUndefined();
  });
});
