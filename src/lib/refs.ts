/** A team, job or execution is named by these everywhere (paths, query keys, hooks): pass refs, not loose strings. */
export interface TeamRef {
  team: string;
}
export interface JobRef extends TeamRef {
  job: string;
}
export interface ExecutionRef extends JobRef {
  executionId: string;
}
