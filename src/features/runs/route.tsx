/**
 * The runs' routes: `/executions` (every team) and `/teams/:team/executions`, their filters, paging and view in the
 * URL's query (model/runs-search.ts). The loader (route-loader.ts, a chunk of its own) starts the table's query.
 */
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { pageRoute } from '@/components/routing/page-route';
import type { RouteLoaderArgs } from '@/components/routing/route-context';

const page = async () => (await import('./pages/runs-page')).RunsPage;
const loader = async (args: RouteLoaderArgs) => (await import('./route-loader')).runsLoader(args);

export const allTeamsRunsRoute = {
  path: 'executions',
  ...pageRoute({ page, loader, crumbs: () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Runs' }] }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamRunsRoute = {
  path: 'executions',
  ...pageRoute({
    page,
    loader,
    crumbs: ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Runs' }],
  }),
} satisfies RouteObject;
