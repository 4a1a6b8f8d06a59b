export interface FailedRun {
  id?: string | null;
  jobName?: string | null;
  status?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  message?: string | null;
}

export interface FailureGroup {
  job: string;
  /** Failures of this job among the runs given. */
  count: number;
  /** Its newest failure. */
  latest: FailedRun;
}

/** One row per job, the job whose newest failure is most recent first; runs come newest first. */
export function groupFailuresByJob(runs: readonly (FailedRun | null | undefined)[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const run of runs) {
    if (!run?.jobName) continue;
    const group = groups.get(run.jobName);
    if (group) group.count += 1;
    else groups.set(run.jobName, { job: run.jobName, count: 1, latest: run });
  }
  return [...groups.values()];
}
