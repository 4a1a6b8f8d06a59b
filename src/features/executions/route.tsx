/**
 * The executions' routes under the job's (`/teams/:team/jobs/:job/executions…`): the history (its filters and paging
 * in the URL's query, model/executions-search.ts), two runs compared (`?a=&b=`) and one execution. The execution's
 * id is read with `useParams()`, the job with `useJobRef()`. The loaders (route-loader.ts, a chunk of its own) start the
 * pages' queries.
 */
import type { RouteObject } from 'react-router';
import { executionsCrumbs } from '@/components/routing/crumbs';
import { pageRoute } from '@/components/routing/page-route';

const loaders = () => import('./route-loader');

export const executionsRoute = {
  path: 'executions',
  ...pageRoute({
    page: async () => (await import('./pages/executions-page')).ExecutionsPage,
    loader: async (args) => (await loaders()).executionsLoader(args),
    crumbs: executionsCrumbs,
    withoutMui: true,
  }),
} satisfies RouteObject;

/** A static segment: it wins over `executions/:executionId` whatever the order. */
export const compareRoute = {
  path: 'executions/compare',
  ...pageRoute({
    page: async () => (await import('./pages/compare-page')).ComparePage,
    loader: async (args) => (await loaders()).compareLoader(args),
    crumbs: (params) => [...executionsCrumbs(params), { label: 'Compare' }],
  }),
} satisfies RouteObject;

export const executionRoute = {
  path: 'executions/:executionId',
  ...pageRoute({
    page: async () => (await import('./pages/execution-page')).ExecutionPage,
    loader: async (args) => (await loaders()).executionLoader(args),
    crumbs: (params) => [...executionsCrumbs(params), { label: params.executionId ?? '' }],
  }),
} satisfies RouteObject;
