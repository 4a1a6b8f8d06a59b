import { describe, expect, it } from 'vitest';
import type { ExecutionSummary } from '@/api/types';
import { deployedRuns, deploymentMarkers as markersOf } from './deployment-markers';

const deploymentMarkers = (runs: ExecutionSummary[]) => markersOf(deployedRuns(runs));

function run(
  id: string,
  startTime: string,
  jobVersion: string,
  vdkVersion = '0.3.1',
  deployedDate = '2026-11-01T00:00Z',
) {
  return {
    id,
    startTime,
    jobName: 'ingest',
    type: 'SCHEDULED',
    status: 'SUCCEEDED',
    endTime: null,
    startedBy: null,
    message: null,
    opId: null,
    logsUrl: null,
    deployment: { jobVersion, vdkVersion, jobPythonVersion: '3.9', deployedBy: 'dan', deployedDate },
  } as ExecutionSummary;
}

describe('deployment markers', () => {
  it('marks each change of job or VDK version at its deploy time, whatever the input order', () => {
    const markers = deploymentMarkers([
      run('c', '2026-11-20T12:00Z', 'bbbbbbbbbbbbbbbb', '0.3.2', '2026-11-20T11:00Z'),
      run('a', '2026-11-20T08:00Z', 'aaaaaaaaaaaaaaaa'),
      run('b', '2026-11-20T10:00Z', 'bbbbbbbbbbbbbbbb', '0.3.1', '2026-11-20T09:30Z'),
      run('d', '2026-11-20T14:00Z', 'bbbbbbbbbbbbbbbb', '0.3.2', '2026-11-20T11:00Z'),
    ]);
    expect(markers).toEqual([
      expect.objectContaining({
        at: Date.parse('2026-11-20T09:30Z'),
        jobVersion: 'bbbbbbbbbbbbbbbb',
        previousJobVersion: 'aaaaaaaaaaaaaaaa',
        deployedBy: 'dan',
        firstExecutionId: 'b',
      }),
      expect.objectContaining({
        at: Date.parse('2026-11-20T11:00Z'),
        vdkVersion: '0.3.2',
        previousVdkVersion: '0.3.1',
        firstExecutionId: 'c',
      }),
    ]);
  });

  it('falls back to the first run on the new version when the deploy date is not between the runs', () => {
    const [marker] = deploymentMarkers([
      run('a', '2026-11-20T08:00Z', 'v1'),
      run('b', '2026-11-20T10:00Z', 'v2', '0.3.1', '2026-11-01T00:00Z'),
    ]);
    expect(marker?.at).toBe(Date.parse('2026-11-20T10:00Z'));
  });

  it('has no markers when nothing changed', () => {
    expect(deploymentMarkers([run('a', '2026-11-20T08:00Z', 'v1'), run('b', '2026-11-20T09:00Z', 'v1')])).toEqual([]);
  });
});
