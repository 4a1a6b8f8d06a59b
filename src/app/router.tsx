/**
 * The one route table. URL → page file: each page route lazy-imports
 * `src/features/<area>/pages/<x>-page.tsx`, so every page is its own chunk and the first route
 * stays small. Every route has an error boundary; the shell stays on screen when a page fails.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, type Params, type RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { NotFoundPage } from './errors/not-found-page';
import { RootErrorPage } from './errors/root-error-page';
import { RouteErrorPage } from './errors/route-error-page';
import type { Crumb, RouteHandle } from './route-handle';
import { RootRedirect } from './routes/root-redirect';
import { TeamScope } from './routes/team-scope';
import { AppShell } from './shell/app-shell';

/** A lazily loaded page route with its error boundary and breadcrumb trail. */
function page(load: () => Promise<ComponentType>, crumbs: RouteHandle['crumbs']): Partial<RouteObject> {
  return {
    lazy: async () => ({ Component: await load() }),
    ErrorBoundary: RouteErrorPage,
    handle: { crumbs } satisfies RouteHandle,
  };
}

const teamCrumbs = ({ team = '' }: Params): Crumb[] => [
  { label: team, to: paths.teamHome({ team }) },
  { label: 'Jobs', to: paths.jobs({ team }) },
];
/** The team home and every team's home: one page, with no trail (it is the top). */
const home = () =>
  page(
    async () => (await import('@/features/team-home/pages/team-home-page')).TeamHomePage,
    () => [],
  );
const jobCrumbs = (params: Params): Crumb[] => {
  const ref = { team: params.team ?? '', job: params.job ?? '' };
  return [...teamCrumbs(params), { label: ref.job, to: paths.job(ref) }];
};
const executionsCrumbs = (params: Params): Crumb[] => {
  const ref = { team: params.team ?? '', job: params.job ?? '' };
  return [...jobCrumbs(params), { label: 'Executions', to: paths.executions(ref) }];
};

export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: AppShell,
    ErrorBoundary: RootErrorPage,
    HydrateFallback: () => <LoadingBar label="Loading" />,
    children: [
      {
        // Pathless: a failing page renders its error inside the shell, not instead of it.
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, Component: RootRedirect },
          {
            path: 'jobs',
            ...page(
              async () => (await import('@/features/job-list/pages/jobs-page')).JobsPage,
              () => [{ label: 'All teams' }],
            ),
          },
          { path: 'teams', ...home() },
          {
            path: 'failures',
            ...page(
              async () => (await import('@/features/failures/pages/failures-page')).FailuresPage,
              () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Failures' }],
            ),
          },
          {
            path: 'executions',
            ...page(
              async () => (await import('@/features/runs/pages/runs-page')).RunsPage,
              () => [{ label: 'All teams', to: paths.allTeamsHome() }, { label: 'Runs' }],
            ),
          },
          {
            path: 'teams/:team',
            Component: TeamScope,
            children: [
              { index: true, ...home() } as RouteObject,
              {
                path: 'jobs',
                ...page(async () => (await import('@/features/job-list/pages/jobs-page')).JobsPage, teamCrumbs),
              },
              {
                path: 'failures',
                ...page(
                  async () => (await import('@/features/failures/pages/failures-page')).FailuresPage,
                  ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Failures' }],
                ),
              },
              {
                path: 'executions',
                ...page(
                  async () => (await import('@/features/runs/pages/runs-page')).RunsPage,
                  ({ team = '' }) => [{ label: team, to: paths.teamHome({ team }) }, { label: 'Runs' }],
                ),
              },
              {
                // The job's header and tabs around its sections (src/features/job/pages/job-layout-page.tsx).
                path: 'jobs/:job',
                lazy: async () => ({
                  Component: (await import('@/features/job/pages/job-layout-page')).JobLayoutPage,
                }),
                ErrorBoundary: RouteErrorPage,
                children: [
                  {
                    index: true,
                    ...page(async () => (await import('@/features/job/pages/job-page')).JobPage, jobCrumbs),
                  } as RouteObject,
                  {
                    path: 'executions',
                    ...page(
                      async () => (await import('@/features/executions/pages/executions-page')).ExecutionsPage,
                      executionsCrumbs,
                    ),
                  },
                  {
                    // A static segment: it wins over `executions/:executionId` whatever the order.
                    path: 'executions/compare',
                    ...page(
                      async () => (await import('@/features/executions/pages/compare-page')).ComparePage,
                      (params) => [...executionsCrumbs(params), { label: 'Compare' }],
                    ),
                  },
                  {
                    path: 'executions/:executionId',
                    ...page(
                      async () => (await import('@/features/executions/pages/execution-page')).ExecutionPage,
                      (params) => [...executionsCrumbs(params), { label: params.executionId ?? '' }],
                    ),
                  },
                  {
                    path: 'deployment',
                    ...page(
                      async () => (await import('@/features/deployment/pages/deployment-page')).DeploymentPage,
                      (params) => [...jobCrumbs(params), { label: 'Deployment' }],
                    ),
                  },
                ],
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const createAppRouter = (basename: string) => createBrowserRouter(routes, { basename });
