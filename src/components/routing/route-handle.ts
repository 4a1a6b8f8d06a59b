import type { Params } from 'react-router';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  to?: string;
}

/** `handle` of a route in router.tsx: the breadcrumb trail of the page, from the top. */
export interface RouteHandle {
  crumbs: (params: Params) => Crumb[];
}

export const isRouteHandle = (handle: unknown): handle is RouteHandle =>
  typeof handle === 'object' && handle !== null && typeof (handle as RouteHandle).crumbs === 'function';
