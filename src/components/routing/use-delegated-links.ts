import { type MouseEvent, useCallback } from 'react';
import { useHref, useNavigate } from 'react-router';

/**
 * Plain `<a href>` links that one click handler on their container follows inside the app: what a router `Link` does
 * for each link (resolve its href under the basename, take over a plain click), for lists of hundreds of links where a
 * `Link` each costs the page a long task. A click with a modifier key or another button, or on a link with a target,
 * stays the browser's (new tab, new window).
 */
export function useDelegatedLinks(onFollow?: () => void) {
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  // The href alone: the route to follow is read back from it, so a page of links writes one attribute per link.
  const linkProps = useCallback((to: string) => ({ href: `${base}${to}` }), [base]);
  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (!link || !event.currentTarget.contains(link) || (link.target && link.target !== '_self')) return;
      const href = link.getAttribute('href') ?? '';
      // Only a path of this app (under its basename); another origin's link stays the browser's.
      if (!href.startsWith(`${base}/`) || href.startsWith('//')) return;
      event.preventDefault();
      onFollow?.();
      // Navigation settles on its own; nothing here waits for it.
      void navigate(href.slice(base.length));
    },
    [base, navigate, onFollow],
  );
  return { linkProps, onClick };
}
