/**
 * The one route table. It only lists the areas' routes: each area's `src/features/<area>/route.tsx` owns its paths,
 * its page (a lazily loaded chunk of its own, so the first route stays small), the loader that starts its queries and
 * its breadcrumb trail. Every page has an error boundary; the shell stays on screen when a page fails.
 */
import { createBrowserRouter, type RouteObject, type RouterContextProvider } from 'react-router';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { deploymentRoute } from '@/features/deployment/route';
import { compareRoute, executionRoute, executionsRoute } from '@/features/executions/route';
import { allTeamsFailuresRoute, teamFailuresRoute } from '@/features/failures/route';
import { jobLayoutRoute, jobOverviewRoute } from '@/features/job/route';
import { allTeamsJobListRoute, teamJobListRoute } from '@/features/job-list/route';
import { allTeamsRunsRoute, teamRunsRoute } from '@/features/runs/route';
import { allTeamsHomeRoute, teamHomeRoute } from '@/features/team-home/route';
import { NotFoundPage } from './errors/not-found-page';
import { RootErrorPage } from './errors/root-error-page';
import { RouteErrorPage } from './errors/route-error-page';
import { RootRedirect } from './routes/root-redirect';
import { TeamScope } from './routes/team-scope';
import { AppShell } from './shell/app-shell';

/** A section of the job with its own error page, so that the job's header and tabs stay on screen when it fails. */
const jobSection = (route: RouteObject): RouteObject => ({ ...route, ErrorBoundary: RouteErrorPage });

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
          allTeamsJobListRoute,
          allTeamsHomeRoute,
          allTeamsFailuresRoute,
          allTeamsRunsRoute,
          {
            path: 'teams/:team',
            Component: TeamScope,
            children: [
              teamHomeRoute,
              teamJobListRoute,
              teamFailuresRoute,
              teamRunsRoute,
              {
                ...jobLayoutRoute,
                children: [jobOverviewRoute, executionsRoute, compareRoute, executionRoute, deploymentRoute].map(
                  jobSection,
                ),
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

/** `getContext` gives the loaders the app's query cache and API client (src/app/use-context-router.ts). */
export const createAppRouter = (basename: string, getContext: () => RouterContextProvider) =>
  createBrowserRouter(routes, { basename, getContext });
