import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLogLines, visibleLogs } from '../src/domain/logs.ts';
import type { ExecutionRow } from '../src/domain/execution-model.ts';
import { profileOf } from '../src/domain/profile.ts';
import { RETENTION } from '../src/domain/execution-service.ts';
import {
  HISTORY_BENCH_JOB,
  LARGE_SEED_WHOLE_MS,
  LOG_BENCH_JOB,
  LOG_BENCH_LINES,
  seedLarge,
} from '../src/seed/large.ts';
import { json, startTestEmulator, T0, type TestEmulator } from './harness.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ scheduler: false });
  // The large seed's shape at a size a test can afford: the benchmark jobs are full size.
  seedLarge(emulator, { jobs: 50, executions: 10_100 });
});
afterAll(async () => {
  await emulator.close();
});

const TEAM = '/data-jobs/for-team/team-00/jobs';
const lineCount = (text: string) => text.split('\n').length;

describe('the large seed', () => {
  it('keeps its totals with the two benchmark jobs in team-00', async () => {
    const response = await emulator.graphql(
      '{jobs(pageNumber:1,pageSize:100){content{jobName config{team}} totalItems}}',
    );
    const { content, totalItems } = json<{
      data: { content: { jobName: string; config: { team: string } }[]; totalItems: number };
    }>(response).data;
    expect(totalItems).toBe(50);
    const teamOf = (name: string) => content.find((job) => job.jobName === name)?.config.team;
    expect(teamOf(HISTORY_BENCH_JOB)).toBe('team-00');
    expect(teamOf(LOG_BENCH_JOB)).toBe('team-00');
    const executions = await emulator.graphql('{executions(pageNumber:1,pageSize:1){totalItems}}');
    expect(json<{ data: { totalItems: number } }>(executions).data.totalItems).toBe(10_100);
    const history = json<unknown[]>(await emulator.get(`${TEAM}/${HISTORY_BENCH_JOB}/executions`));
    expect(history).toHaveLength(10_000);
  });

  it('stays whole for LARGE_SEED_WHOLE_MS: its oldest execution starts that long inside the retention', () => {
    const { oldest } = emulator.db.prepare('SELECT min(start_time) AS oldest FROM executions').get() as {
      oldest: number;
    };
    expect(oldest).toBe(T0 - RETENTION.maxAgeMs + LARGE_SEED_WHOLE_MS);
  });

  it('has a finished run that printed exactly 100,000 lines, with warnings and errors, kept past the pod TTL', async () => {
    const [run, ...others] = json<{ id: string; status: string; type: string }[]>(
      await emulator.get(`${TEAM}/${LOG_BENCH_JOB}/executions`),
    );
    expect(others).toHaveLength(0);
    expect(run).toMatchObject({ status: 'succeeded', type: 'manual' });
    const url = `${TEAM}/${LOG_BENCH_JOB}/executions/${run!.id}/logs`;
    const { logs } = json<{ logs: string }>(await emulator.get(url));
    const lines = logs.split('\n');
    expect(lines).toHaveLength(LOG_BENCH_LINES);
    expect(lines.at(-1)).toContain('Job execution result: SUCCESS');
    expect(lines.filter((line) => line.includes('[ERROR]')).length).toBeGreaterThanOrEqual(5);
    expect(lines.filter((line) => /\[WARN \].*retrying/.test(line)).length).toBeGreaterThan(100);
    // A manual run's pod goes an hour after its end; this one is kept as long as the run itself.
    emulator.clock.advance(7 * 86_400_000);
    const tail = json<{ logs: string }>(await emulator.get(`${url}?tail_lines=3`)).logs;
    expect(tail.split('\n')).toEqual(lines.slice(-3));
  });
});

describe('a chatty job (profile logLines)', () => {
  const row = (outcome: ExecutionRow['outcome'], endTime: number | null): ExecutionRow =>
    ({
      id: `chatty-${outcome}`,
      job_name: 'chatty',
      type: 'scheduled',
      status: endTime === null ? 'running' : outcome,
      start_time: T0,
      end_time: endTime,
      run_at: T0 + 2_000,
      finish_at: T0 + 600_000,
      outcome,
    }) as ExecutionRow;
  const profile = profileOf('chatty', JSON.stringify({ logLines: 5_000, podTtlSeconds: 86_400 }));

  it('prints exactly logLines lines whatever the outcome, a traceback included', () => {
    for (const outcome of ['succeeded', 'user_error', 'platform_error'] as const) {
      const text = visibleLogs(row(outcome, T0 + 600_000), profile, T0 + 601_000, undefined);
      expect(lineCount(text), outcome).toBe(5_000);
    }
    expect(visibleLogs(row('user_error', T0 + 600_000), profile, T0 + 601_000, undefined)).toContain('Traceback');
  });

  it('grows in time order while running, each read a prefix of the finished log', () => {
    const finished = visibleLogs(row('succeeded', T0 + 600_000), profile, T0 + 601_000, undefined);
    const early = visibleLogs(row('succeeded', null), profile, T0 + 120_000, undefined);
    const later = visibleLogs(row('succeeded', null), profile, T0 + 300_000, undefined);
    expect(lineCount(early)).toBeLessThan(lineCount(later));
    expect(lineCount(later)).toBeLessThan(5_000);
    expect(later.startsWith(early)).toBe(true);
    expect(finished.startsWith(later)).toBe(true);
    const times = buildLogLines(row('succeeded', T0 + 600_000), profile).map((line) => line.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps a finished log for podTtlSeconds, then answers "" like a removed pod', () => {
    const done = row('succeeded', T0 + 600_000);
    expect(visibleLogs(done, profile, T0 + 600_000 + 86_000_000, undefined)).not.toBe('');
    expect(visibleLogs(done, profile, T0 + 600_000 + 86_401_000, undefined)).toBe('');
  });
});
