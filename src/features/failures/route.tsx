/**
 * The failures' routes: `/failures` (every team) and `/teams/:team/failures`, the window in the URL's query
 * (model/failures-search.ts).
 */
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { pageRoute } from '@/components/routing/page-route';

const page = async () => (await import('./pages/failures-page')).FailuresPage;

export const allTeamsFailuresRoute = {
  path: 'failures',
  ...pageRoute({ page, crumbs: () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Failures' }] }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamFailuresRoute = {
  path: 'failures',
  ...pageRoute({
    page,
    crumbs: ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Failures' }],
  }),
} satisfies RouteObject;
