import type { ExecutionChartRun } from '@/api/types';

export interface DeploymentMarker {
  /** Where to draw it (ms since epoch): the deploy time when known, else the first run on the new version. */
  at: number;
  jobVersion: string | null;
  vdkVersion: string | null;
  previousJobVersion: string | null;
  previousVdkVersion: string | null;
  deployedBy: string | null;
  deployedDate: string | null;
  /** The first execution that ran the new deployment. */
  firstExecutionId: string | null;
}

type Deployed = ExecutionChartRun & { deployment: NonNullable<ExecutionChartRun['deployment']> };

/** A run that names its deployment, with its start parsed once (a sort of 10,000 would parse it at each comparison). */
export interface DeployedRun {
  execution: Deployed;
  start: number;
}

/** The runs that name their deployment and have a start: `deploymentMarkers`' input, gathered a slice at a time. */
export function deployedRuns(executions: readonly ExecutionChartRun[]): DeployedRun[] {
  const deployed: DeployedRun[] = [];
  for (const execution of executions) {
    const start = execution.startTime ? Date.parse(execution.startTime) : NaN;
    if (!Number.isNaN(start) && execution.deployment) deployed.push({ execution: execution as Deployed, start });
  }
  return deployed;
}

/**
 * Each point in time where the job version or the VDK version differs from the execution before
 * it — the "it got slow after this deploy" markers on the duration chart. Input in any order.
 */
export function deploymentMarkers(deployed: readonly DeployedRun[]): DeploymentMarker[] {
  const ordered = [...deployed].sort((a, b) => a.start - b.start);
  const markers: DeploymentMarker[] = [];
  for (let index = 1; index < ordered.length; index += 1) {
    const previous = ordered[index - 1]!.execution.deployment;
    const current = ordered[index]!.execution;
    const deployment = current.deployment;
    if (previous.jobVersion === deployment.jobVersion && previous.vdkVersion === deployment.vdkVersion) continue;
    const deployedAt = deployment.deployedDate ? Date.parse(deployment.deployedDate) : NaN;
    const previousStart = ordered[index - 1]!.start;
    const firstStart = ordered[index]!.start;
    // The deploy happened between the two runs; a deploy date outside that window is not trusted.
    const at = deployedAt >= previousStart && deployedAt <= firstStart ? deployedAt : firstStart;
    markers.push({
      at,
      jobVersion: deployment.jobVersion,
      vdkVersion: deployment.vdkVersion,
      previousJobVersion: previous.jobVersion,
      previousVdkVersion: previous.vdkVersion,
      deployedBy: deployment.deployedBy,
      deployedDate: deployment.deployedDate,
      firstExecutionId: current.id,
    });
  }
  return markers;
}
