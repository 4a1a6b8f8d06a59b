import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { RouteHandle } from './route-handle';

interface PageRouteParts {
  /** The page, its own chunk. */
  page: () => Promise<ComponentType>;
  /** The page's breadcrumb trail; a layout around pages has none (its pages have theirs). */
  crumbs?: RouteHandle['crumbs'];
}

/** A page's route (in its area's route.tsx): the page lazily loaded, and its breadcrumb trail. */
export function pageRoute({ page, crumbs }: PageRouteParts) {
  return {
    lazy: async () => ({ Component: await page() }),
    ...(crumbs && { handle: { crumbs } satisfies RouteHandle }),
  } satisfies Partial<RouteObject>;
}
