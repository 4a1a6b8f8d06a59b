/**
 * The job list's routes: `/jobs` (every team) and `/teams/:team/jobs`. The URL's query is the list's state
 * (model/jobs-search.ts), read by the page's hooks.
 */
import type { RouteObject } from 'react-router';
import { teamCrumbs } from '@/components/routing/crumbs';
import { pageRoute } from '@/components/routing/page-route';

const parts = {
  page: async () => (await import('./pages/jobs-page')).JobsPage,
};

export const allTeamsJobListRoute = {
  path: 'jobs',
  ...pageRoute({ ...parts, crumbs: () => [{ label: 'All teams' }] }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamJobListRoute = { path: 'jobs', ...pageRoute({ ...parts, crumbs: teamCrumbs }) } satisfies RouteObject;
