import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject, ShouldRevalidateFunction } from 'react-router';
import { nextTask } from '@/lib/next-task';
import type { RouteHandle } from './route-handle';
import type { RouteLoaderArgs } from './route-context';

interface PageRouteParts {
  /** The page, its own chunk. */
  page: () => Promise<ComponentType>;
  /**
   * Starts the page's queries without waiting for them (the page shows its own loading state, so a slow service never
   * holds the navigation). It runs as the navigation starts, beside the download of the page's chunk; the page's
   * hooks then join the requests already under way. An area that is not a landing route imports the queries it starts
   * in the loader (`await import('./route-loader')`), so the entry carries only that line.
   */
  loader?: (args: RouteLoaderArgs) => unknown;
  /** The page's breadcrumb trail; a layout around pages has none (its pages have theirs). */
  crumbs?: RouteHandle['crumbs'];
  /**
   * The page is drawn without MUI (src/components/ui), as the landing routes are: it gets no MuiScope, so the MUI
   * theme and emotion do not load with it. A page that opens MUI pieces wraps them with lazyWithMui.
   */
  withoutMui?: boolean;
}

/**
 * The loader runs when its page is entered or its path changes, not when the page changes its own URL query (a
 * filter, a page of a table): the page's hooks ask for that themselves, and it renders at once, without waiting for a
 * navigation through the loaders.
 */
const onEnter: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;

/**
 * The page's component, inside the MUI theme (src/components/theme/mui-scope.tsx, loaded beside the page's chunk)
 * unless it is drawn without MUI. Its import starts a task after the navigation: the first navigation starts inside
 * React's render of the router, where the `<link rel="modulepreload">` of each of the page's chunks took several ms
 * at 4× CPU throttling, and with the router's creation made one task of 50 ms or more. The loader's chunk, which the
 * first requests wait for, is now asked for before the page's.
 */
async function loadPage({ page, withoutMui = false }: PageRouteParts): Promise<ComponentType> {
  await nextTask();
  if (withoutMui) return page();
  const [Page, { withMuiScope }] = await Promise.all([page(), import('@/components/theme/with-mui-scope')]);
  return withMuiScope(Page);
}

/** A page's route (in its area's route.tsx): the page lazily loaded, its loader, and its breadcrumb trail. */
export function pageRoute(parts: PageRouteParts) {
  const { loader, crumbs } = parts;
  return {
    lazy: async () => ({ Component: await loadPage(parts) }),
    ...(loader && { loader: loader as LoaderFunction, shouldRevalidate: onEnter }),
    ...(crumbs && { handle: { crumbs } satisfies RouteHandle }),
  } satisfies Partial<RouteObject>;
}
