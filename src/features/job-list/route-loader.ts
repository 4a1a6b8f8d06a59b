import { loaderScope } from '@/components/routing/loader-scope';
import type { RouteLoaderArgs } from '@/components/routing/route-context';
import { jobsListQuery } from './model/jobs-query';
import { parseJobsSearch } from './model/jobs-search';

/** Starts the list's query (the page's `useJobs` joins it) and returns at once: the page shows its own skeleton. */
export function jobListLoader(args: RouteLoaderArgs) {
  const { queryClient, client, scope, search } = loaderScope(args);
  void queryClient.prefetchQuery(jobsListQuery(client, scope, parseJobsSearch(search).state));
  return null;
}
