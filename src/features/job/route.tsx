/**
 * The job's routes: `/teams/:team/jobs/:job`, a layout (header and tabs) around the job's sections, and its
 * overview at the index. The executions and deployment areas nest their routes in it (src/app/router.tsx). Its pages
 * read the job with `useJobRef()`. The loaders (route-loader.ts, a chunk of its own) start the pages' queries.
 */
import type { RouteObject } from 'react-router';
import { jobCrumbs } from '@/components/routing/crumbs';
import { pageRoute } from '@/components/routing/page-route';

const loaders = () => import('./route-loader');

export const jobLayoutRoute = {
  path: 'jobs/:job',
  ...pageRoute({
    page: async () => (await import('./pages/job-layout-page')).JobLayoutPage,
    loader: async (args) => (await loaders()).jobLoader(args),
    // The header and tabs are drawn with the UI kit: the pages within bring MUI's theme if they use MUI.
    withoutMui: true,
  }),
} satisfies RouteObject;

export const jobOverviewRoute = {
  index: true,
  ...pageRoute({
    page: async () => (await import('./pages/job-page')).JobPage,
    loader: async (args) => (await loaders()).jobOverviewLoader(args),
    crumbs: jobCrumbs,
  }),
} satisfies RouteObject;
