import { deploymentQueries } from '@/api/deployments/queries';
import { executionQueries } from '@/api/executions/queries';
import { jobQueries } from '@/api/jobs/queries';
import { jobRefOf, loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { recentExecutionsParams } from './model/recent-executions';

// Each starts its page's queries and returns at once: the pages show their own loading states.

/** What the job's header needs (its config, deployment and last runs), for every section of the job. */
export function jobLoader(args: RouteLoaderArgs) {
  const { queryClient, client } = loaderScope(args);
  const ref = jobRefOf(args.params);
  void queryClient.prefetchQuery(jobQueries.detail(client, ref));
  void queryClient.prefetchQuery(deploymentQueries.detail(client, ref));
  void queryClient.prefetchQuery(jobQueries.summary(client, ref));
  return null;
}

/** The overview's recent executions (the header's queries are the job layout's). */
export function jobOverviewLoader(args: RouteLoaderArgs) {
  const { queryClient, client } = loaderScope(args);
  void queryClient.prefetchQuery(executionQueries.list(client, recentExecutionsParams(jobRefOf(args.params))));
  return null;
}
