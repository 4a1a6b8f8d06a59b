/**
 * The job list's routes: `/jobs` (every team) and `/teams/:team/jobs`. The URL's query is the list's state
 * (model/jobs-search.ts). The list is where the app opens, so its loader is in the entry, not a chunk of its own: the
 * list's request leaves as the router starts, while the page's chunk downloads.
 */
import type { RouteObject } from 'react-router';
import { teamCrumbs } from '@/components/routing/crumbs';
import { pageRoute } from '@/components/routing/page-route';
import { jobListLoader } from './route-loader';

const parts = {
  page: async () => (await import('./pages/jobs-page')).JobsPage,
  loader: jobListLoader,
  withoutMui: true,
};

export const allTeamsJobListRoute = {
  path: 'jobs',
  ...pageRoute({ ...parts, crumbs: () => [{ label: 'All teams' }] }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamJobListRoute = { path: 'jobs', ...pageRoute({ ...parts, crumbs: teamCrumbs }) } satisfies RouteObject;
