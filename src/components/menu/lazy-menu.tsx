import type { MenuProps } from '@mui/material/Menu';
import { lazy, Suspense, useEffect, useState } from 'react';

const loadMenu = () => import('@mui/material/Menu');
const Menu = lazy(loadMenu);

/**
 * MUI's Menu brings Popover, Modal, a focus trap and transitions (~13 KB gzip) that the first paint
 * of a page never needs. It loads when the browser is idle after the page is up, so a menu still
 * opens at once, and it is rendered only once it has been opened (then kept for the close animation).
 */
export function LazyMenu(props: MenuProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  useEffect(() => whenIdle(() => void loadMenu()), []);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <Menu {...props} />
    </Suspense>
  );
}

function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 3_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 1_000);
  return () => window.clearTimeout(handle);
}
