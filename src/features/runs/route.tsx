/**
 * The runs' routes: `/executions` (every team) and `/teams/:team/executions`, their filters, paging and view in the
 * URL's query (model/runs-search.ts).
 */
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { pageRoute } from '@/components/routing/page-route';

const page = async () => (await import('./pages/runs-page')).RunsPage;

export const allTeamsRunsRoute = {
  path: 'executions',
  ...pageRoute({ page, crumbs: () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Runs' }] }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamRunsRoute = {
  path: 'executions',
  ...pageRoute({ page, crumbs: ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Runs' }] }),
} satisfies RouteObject;
