/**
 * The home's routes: `/teams` (every team) and `/teams/:team` (the index of the team's routes), the chart's span in
 * the URL's query (model/home-search.ts). One page with no trail: it is the top. The loader (route-loader.ts, a chunk of
 * its own: the job list, the other landing route, does not carry the home's queries) starts its first figures.
 */
import type { RouteObject } from 'react-router';
import { pageRoute } from '@/components/routing/page-route';

const loaders = () => import('./route-loader');

const home = () =>
  pageRoute({
    page: async () => (await import('./pages/team-home-page')).TeamHomePage,
    loader: async (args) => (await loaders()).homeLoader(args),
    crumbs: () => [],
    withoutMui: true,
  });

export const allTeamsHomeRoute = { path: 'teams', ...home() } satisfies RouteObject;

/** The index of `teams/:team`. */
export const teamHomeRoute = { index: true, ...home() } satisfies RouteObject;
