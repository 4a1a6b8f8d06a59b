/** The deployment's route, `deployment` under the job's (`/teams/:team/jobs/:job/deployment`). */
import type { RouteObject } from 'react-router';
import { jobCrumbs } from '@/components/routing/crumbs';
import { pageRoute } from '@/components/routing/page-route';

export const deploymentRoute = {
  path: 'deployment',
  ...pageRoute({
    page: async () => (await import('./pages/deployment-page')).DeploymentPage,
    crumbs: (params) => [...jobCrumbs(params), { label: 'Deployment' }],
  }),
} satisfies RouteObject;
