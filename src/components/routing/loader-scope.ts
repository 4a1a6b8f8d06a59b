import type { Params } from 'react-router';
import { resolveTeamScope, type TeamScope } from '@/components/team/team-scope';
import { preferences } from '@/lib/preferences';
import type { JobRef } from '@/lib/refs';
import { type RouteContext, routeContext, type RouteLoaderArgs } from './route-context';

/**
 * A loader's view of its route: the shared context, its URL's query and the team scope its page will see
 * (`useTeamScope` resolves it with the same function and the same inputs).
 */
export function loaderScope({ params, request, context }: RouteLoaderArgs): RouteContext & {
  search: URLSearchParams;
  scope: TeamScope;
} {
  const shared = context.get(routeContext);
  const search = new URL(request.url).searchParams;
  const scope = resolveTeamScope({
    pathParam: params.team,
    search,
    lastTeam: preferences.lastTeam.get(),
    defaultTeam: shared.teams.defaultTeam,
  });
  return { ...shared, search, scope };
}

/** The job of a route under `/teams/:team/jobs/:job` (as `useJobRef` reads it in its pages). */
export const jobRefOf = ({ team = '', job = '' }: Params): JobRef => ({ team, job });
