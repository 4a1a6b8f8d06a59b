import type { MenuProps } from '@mui/material/Menu';
import type { PopoverProps } from '@mui/material/Popover';
import { lazy, Suspense, useEffect, useState } from 'react';
import { lazyWithMui } from '@/components/theme/lazy-with-mui';
import { afterFirstContent } from '@/lib/after-first-content';
import { nextTask } from '@/lib/next-task';

const loadMenu = () => import('./menu-parts');
// Evaluating the menu's code was one long task at idle, in the middle of a page still loading. It is evaluated in
// three tasks: emotion's styled (its prop filter's regular expression), then MUI's default theme, which Paper is
// made with, then the menu's own parts. The build makes one chunk of each step's libraries (vite.config.ts, menuSteps).
const prefetchMenu = () =>
  void import('@emotion/styled')
    .then(nextTask)
    .then(() => import('@mui/material/Paper'))
    .then(nextTask)
    .then(loadMenu);
// In the MUI theme: the shell and the landing pages that open them have none.
const Menu = lazyWithMui(() => loadMenu().then((parts) => parts.Menu));
const Popover = lazyWithMui(() => loadMenu().then((parts) => parts.Popover));

/** MUI's MenuItem (with its roving focus), loaded with the menu: use it for the children of a LazyMenu. */
export const LazyMenuItem = lazy(() => loadMenu().then((parts) => ({ default: parts.MenuItem })));

/**
 * MUI's Menu brings Popover, Modal, a focus trap and transitions (~13 KB gzip), and its items another 3 KB, that the
 * first paint of a page never needs. They load when the browser is idle after the page's first content (never
 * before it), so a menu still opens at once, and it is rendered only once it has been opened (then kept for the
 * close animation).
 */
export function LazyMenu(props: MenuProps) {
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <Menu {...props} />
    </Suspense>
  );
}

/** MUI's Popover, loaded like LazyMenu (the same module, so either prefetches both). */
export function LazyPopover(props: PopoverProps) {
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <Popover {...props} />
    </Suspense>
  );
}

/** Whether the menu has ever been open; starts loading its code after the page's first content. */
function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  useEffect(() => afterFirstContent(prefetchMenu), []);
  return opened;
}
