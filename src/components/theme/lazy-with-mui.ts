import { type ComponentType, lazy } from 'react';

/**
 * A component of MUI that a plain page opens (a dialog, a menu), loaded on first render like React's `lazy`, together
 * with the MUI theme it needs (./mui-scope.tsx): `const Dialog = lazyWithMui(() => import('./x').then((m) => m.X))`.
 * Render it inside <Suspense>.
 */
export function lazyWithMui<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [{ withMuiScope }, Component] = await Promise.all([import('./with-mui-scope'), load()]);
    return { default: withMuiScope(Component) };
  });
}
