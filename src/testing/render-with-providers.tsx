/**
 * Renders UI the way the app does: the real providers (src/app/app-providers.tsx) and, for pages,
 * the real route table (src/app/router.tsx) in a memory router. Tests find elements by role and name.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
// `RouterProvider` from 'react-router' (not 'react-router/dom'): under Vitest the /dom entry resolves to
// another copy of the library whose contexts the route hooks do not see. Given flushSync, as the /dom one is, so
// navigations asking for it (turning a page of jobs) render as in the app.
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/app-providers';
import { AuthContext, type AuthUser } from '@/auth/auth-context';
import { routes as appRoutes } from '@/app/router';
import { useContextRouter } from '@/app/use-context-router';
import { MuiScope } from '@/components/theme/mui-scope';
import { parseRuntimeConfig, type RuntimeConfig } from '@/config/config-schema';
import type { EmbedMode } from '@/config/embed-mode';
import { type ResolvedConfig, resolveConfig } from '@/config/load-config';

export const TEST_ORIGIN = 'http://localhost:3000';

/** A valid config (no login) resolved as the app would at the test origin; override any key. */
export function testConfig(overrides: Partial<RuntimeConfig> = {}): ResolvedConfig {
  const parsed = parseRuntimeConfig({
    auth: null,
    teams: ['data-platform', 'analytics'],
    defaultTeam: 'data-platform',
  });
  if (!parsed.ok) throw new Error('The test config is invalid.');
  return resolveConfig({ ...parsed.config, ...overrides }, new URL(`${TEST_ORIGIN}/`), '/');
}

/** No retries and no cache time, so error states show at once and tests do not leak into each other. */
export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/**
 * `testQueryClient` with reads kept fresh, as the app keeps them (src/app/query-client.ts), so that a page joins what its
 * route's loader asked rather than asking again. A minute rather than the app's 10 s: one test on a busy machine can
 * take longer than that.
 */
export function routeQueryClient(): QueryClient {
  const client = testQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, staleTime: 60_000 } });
  return client;
}

export interface RenderOptions {
  /** Where the memory router starts (default `/`). */
  url?: string;
  config?: ResolvedConfig;
  embed?: EmbedMode;
  queryClient?: QueryClient;
  /** The "browser's" zone, fixed so tests do not depend on the machine (default Europe/Sofia). */
  localTimeZone?: string;
  /** Route table; defaults to the app's for `renderRoute`, to one catch-all route for `renderWithProviders`. */
  routes?: RouteObject[];
  /** A signed-in user (login on), for what depends on who it is: the teams they may change. */
  signedInAs?: AuthUser;
}

type MemoryRouter = ReturnType<typeof createMemoryRouter>;

export type RenderWithProvidersResult = RenderResult & {
  router: MemoryRouter;
  queryClient: QueryClient;
  user: ReturnType<typeof userEvent.setup>;
};

function renderRoutes(routes: RouteObject[], options: RenderOptions): RenderWithProvidersResult {
  const config = options.config ?? testConfig();
  const embed = options.embed ?? { chromeless: false, fixedTeam: undefined };
  const queryClient = options.queryClient ?? testQueryClient();
  const user = userEvent.setup();
  // Created inside the providers, as the app's is, so that route loaders get the query cache and the API client.
  const created: { router?: MemoryRouter } = {};
  function TestRouter() {
    const router = useContextRouter(
      (getContext) =>
        (created.router = createMemoryRouter(routes, { initialEntries: [options.url ?? '/'], getContext })),
    );
    return <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />;
  }
  const routerElement = <TestRouter />;
  const signedIn = options.signedInAs;
  const result = render(
    <AppProviders
      config={config}
      embed={embed}
      queryClient={queryClient}
      localTimeZone={options.localTimeZone ?? 'Europe/Sofia'}
    >
      {signedIn ? (
        <AuthContext value={{ enabled: true, user: signedIn, signOut: () => {} }}>{routerElement}</AuthContext>
      ) : (
        routerElement
      )}
    </AppProviders>,
  );
  if (!created.router) throw new Error('The router was not created during the first render.');
  return { ...result, router: created.router, queryClient, user };
}

/**
 * One component inside every provider and a router (so links and route hooks work), and in the MUI theme, as pages and
 * the pieces they open lazily are (pageRoute, lazyWithMui).
 */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderWithProvidersResult {
  return renderRoutes(options.routes ?? [{ path: '*', element: <MuiScope>{ui}</MuiScope> }], options);
}

/** The whole app (shell, real routes with their loaders, lazy pages) at `url`. */
export function renderRoute(url: string, options: Omit<RenderOptions, 'url'> = {}): RenderWithProvidersResult {
  return renderRoutes(options.routes ?? appRoutes, {
    ...options,
    url,
    queryClient: options.queryClient ?? routeQueryClient(),
  });
}
