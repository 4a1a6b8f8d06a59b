import type { DeploymentState } from '@/api/graphql/jobs-query';
import type { ExecutionStatus } from '@/lib/execution-status';
import { paths } from '@/lib/paths';

/** Search of the runs page (agreed with it): lowercase statuses, ISO bounds or a preset, one job, the view. */
export interface RunsLink {
  status?: readonly ExecutionStatus[];
  from?: string;
  to?: string;
  preset?: '24h' | '7d';
  job?: string;
  view?: 'timeline';
}

export interface JobsLink {
  status?: ExecutionStatus;
  deployment?: DeploymentState;
}

/** Where the home's numbers lead: the team's pages, or every team's when the home spans all teams. */
export function homeLinks(team: string | undefined) {
  return {
    runs: (search: RunsLink) =>
      team === undefined ? paths.allRuns({ ...search }) : paths.runs({ team }, { ...search }),
    jobs: (search: JobsLink) =>
      team === undefined ? paths.allJobs({ ...search }) : paths.jobs({ team }, { ...search }),
  };
}

export type HomeLinks = ReturnType<typeof homeLinks>;
