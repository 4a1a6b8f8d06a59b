/**
 * The failures' routes: `/failures` (every team) and `/teams/:team/failures`, the window in the URL's query
 * (model/failures-search.ts). The loader (route-loader.ts, a chunk of its own) starts the page's first question.
 */
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { pageRoute } from '@/components/routing/page-route';
import type { RouteLoaderArgs } from '@/components/routing/route-context';

const page = async () => (await import('./pages/failures-page')).FailuresPage;
const loader = async (args: RouteLoaderArgs) => (await import('./route-loader')).failuresLoader(args);

export const allTeamsFailuresRoute = {
  path: 'failures',
  ...pageRoute({
    page,
    loader,
    withoutMui: true,
    crumbs: () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Failures' }],
  }),
} satisfies RouteObject;

/** Under `teams/:team`. */
export const teamFailuresRoute = {
  path: 'failures',
  ...pageRoute({
    page,
    loader,
    withoutMui: true,
    crumbs: ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Failures' }],
  }),
} satisfies RouteObject;
