import { describe, expect, it } from 'vitest';
import type { JobSummary, JobSummaryExecution } from '@/api/types';
import { currentStatusOf, deploymentStateOf } from './job-summary';

const run = (status: JobSummaryExecution['status'], message: string, id = status ?? 'x'): JobSummaryExecution => ({
  id,
  type: 'MANUAL',
  status,
  startTime: null,
  endTime: null,
  message,
});

const jobWith = (lastExecutionStatus: string | null, executions: JobSummaryExecution[], enabled = true): JobSummary =>
  ({
    jobName: 'ingest-sales',
    config: null,
    deployments: [{ enabled, lastExecutionStatus, executions }],
  }) as unknown as JobSummary;

describe('currentStatusOf', () => {
  it('shows a run that is going on now over the last finished one', () => {
    const job = jobWith('USER_ERROR', [run('RUNNING', 'Running'), run('USER_ERROR', 'Table missing')]);
    expect(currentStatusOf(job)).toEqual({ status: 'RUNNING', message: undefined });
  });

  it('gives the last finished status with the message of that run, when it says more than the status', () => {
    const job = jobWith('USER_ERROR', [run('SUCCEEDED', 'Success', 'a'), run('USER_ERROR', 'Table missing', 'b')]);
    expect(currentStatusOf(job)).toEqual({ status: 'USER_ERROR', message: 'Table missing' });
    expect(currentStatusOf(jobWith('SUCCEEDED', [run('SUCCEEDED', 'Success')]))).toEqual({
      status: 'SUCCEEDED',
      message: undefined,
    });
  });

  it('has nothing to say about a job that never ran', () => {
    expect(currentStatusOf(jobWith(null, []))).toEqual({ status: undefined, message: undefined });
  });
});

describe('deploymentStateOf', () => {
  it('tells enabled, disabled and not deployed apart', () => {
    expect(deploymentStateOf(jobWith(null, []))).toBe('enabled');
    expect(deploymentStateOf(jobWith(null, [], false))).toBe('disabled');
    expect(deploymentStateOf({ jobName: 'x', config: null, deployments: null })).toBe('not_deployed');
  });
});
