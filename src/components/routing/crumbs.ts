import type { Params } from 'react-router';
import { paths } from '@/lib/paths';
import type { Crumb } from './route-handle';

/** The trails the areas' routes build on: team → its jobs → a job → its executions. */
export const teamCrumbs = ({ team = '' }: Params): Crumb[] => [
  { label: team, to: paths.teamHome({ team }) },
  { label: 'Jobs', to: paths.jobs({ team }) },
];

export const jobCrumbs = (params: Params): Crumb[] => {
  const ref = { team: params.team ?? '', job: params.job ?? '' };
  return [...teamCrumbs(params), { label: ref.job, to: paths.job(ref) }];
};

export const executionsCrumbs = (params: Params): Crumb[] => {
  const ref = { team: params.team ?? '', job: params.job ?? '' };
  return [...jobCrumbs(params), { label: 'Executions', to: paths.executions(ref) }];
};
