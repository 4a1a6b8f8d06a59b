import type { QueryClient } from '@tanstack/react-query';
import { createContext, type LoaderFunctionArgs, type RouterContextProvider } from 'react-router';
import type { ApiClient } from '@/api/client';
import type { TeamsContextValue } from '@/components/team/teams-context';

/** What route loaders start their queries with: the app's query cache, its API client and the user's teams. */
export interface RouteContext {
  queryClient: QueryClient;
  client: ApiClient;
  teams: TeamsContextValue;
}

/** The router hands it to every loader (src/app/use-context-router.ts sets it for each navigation). */
export const routeContext = createContext<RouteContext>();

export type RouteLoaderArgs = LoaderFunctionArgs<Readonly<RouterContextProvider>>;
