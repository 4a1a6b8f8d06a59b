import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startTestEmulator, type TestEmulator } from './harness.ts';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ seed: 'demo' });
});
afterAll(async () => {
  await emulator.close();
});

interface Job {
  jobName: string;
  config: { team: string; description: string; schedule: { scheduleCron: string | null } };
  deployments: { enabled: boolean; lastExecutionStatus: string | null; failedExecutions: number }[] | null;
}

describe('the demo seed', () => {
  it('has three teams and about sixty described jobs, deployed, disabled and never deployed', async () => {
    const response = await emulator.graphql(
      '{jobs(pageNumber:1,pageSize:200){content{jobName config{team description schedule{scheduleCron}} deployments{enabled lastExecutionStatus failedExecutions}} totalItems}}',
    );
    const { content, totalItems } = json<{ data: { content: Job[]; totalItems: number } }>(response).data;
    expect(totalItems).toBeGreaterThanOrEqual(55);
    expect(new Set(content.map((job) => job.config.team))).toEqual(new Set(['data-platform', 'analytics', 'finance']));
    expect(content.every((job) => job.config.description.length > 10)).toBe(true);
    expect(content.filter((job) => job.deployments === null).length).toBeGreaterThanOrEqual(1);
    expect(content.filter((job) => job.deployments?.[0]?.enabled === false).length).toBeGreaterThanOrEqual(2);
    expect(content.filter((job) => job.config.schedule.scheduleCron === null).length).toBeGreaterThanOrEqual(1);
    expect(content.some((job) => (job.deployments?.[0]?.failedExecutions ?? 0) > 0)).toBe(true);
  });

  it('has executions in progress right after start and two weeks of history with failures', async () => {
    const running = await emulator.graphql(
      '{executions(filter:{statusIn:[RUNNING,SUBMITTED]}){content{jobName} totalItems}}',
    );
    expect(json<{ data: { totalItems: number } }>(running).data.totalItems).toBeGreaterThanOrEqual(1);
    const failed = await emulator.graphql(
      'query($since:DateTime){executions(filter:{statusIn:[USER_ERROR],startTimeGte:$since}){totalItems}}',
      { since: new Date(emulator.clock.now() - 14 * 86_400_000).toISOString() },
    );
    expect(json<{ data: { totalItems: number } }>(failed).data.totalItems).toBeGreaterThan(10);
    const [live] = json<{ id: string }[]>(
      await emulator.get('/data-jobs/for-team/analytics/jobs/ingest-sales/executions?execution_status=running'),
    );
    const logs = json<{ logs: string }>(
      await emulator.get(`/data-jobs/for-team/analytics/jobs/ingest-sales/executions/${live!.id}/logs`),
    );
    expect(logs.logs).toContain('Processing step');
  });

  it('gives jobs properties, keytabs and downloadable sources', async () => {
    const job = '/data-jobs/for-team/finance/jobs/load-invoices';
    expect(Object.keys(json(await emulator.get(`${job}/deployments/x/properties`)))).not.toHaveLength(0);
    expect((await emulator.get(`${job}/keytab`)).statusCode).toBe(200);
    expect((await emulator.get(`${job}/sources`)).statusCode).toBe(200);
  });
});
