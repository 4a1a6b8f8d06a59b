import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useState } from 'react';
import { RouterContextProvider } from 'react-router';
import { useApiClient } from '@/api/api-client-context';
import { type RouteContext, routeContext } from '@/components/routing/route-context';
import { useTeams } from '@/components/team/teams-context';

/** Holds the providers' latest values for the router, which outlives the renders that supply them. */
function routeContextSource(initial: RouteContext) {
  let latest = initial;
  return {
    update: (next: RouteContext) => {
      latest = next;
    },
    /** The router's `getContext`: called as every navigation starts, the first one included. */
    getContext: () => {
      const context = new RouterContextProvider();
      context.set(routeContext, latest);
      return context;
    },
  };
}

/**
 * Creates the router once, inside the session's providers, so that route loaders start their queries with the app's
 * query cache and API client (`routeContext`); each navigation gets the latest (a renewed client, a new token's teams).
 */
export function useContextRouter<Router>(create: (getContext: () => RouterContextProvider) => Router): Router {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const teams = useTeams();
  const [source] = useState(() => routeContextSource({ queryClient, client, teams }));
  useLayoutEffect(() => source.update({ queryClient, client, teams }), [source, queryClient, client, teams]);
  const [router] = useState(() => create(source.getContext));
  return router;
}
