import type { ComponentProps, MouseEvent } from 'react';
import { type To, useHref, useLinkClickHandler, useLocation, useResolvedPath } from 'react-router';

export interface RouterLinkProps extends Omit<ComponentProps<'a'>, 'href'> {
  to: To;
  replace?: boolean;
  state?: unknown;
  /** Marks the link `aria-current="page"` when its path is the current one (`end`: exactly, else it or below it). */
  current?: 'exact' | 'within';
}

/**
 * A link to a route of the app: a real `<a href>` that navigates in place on a plain click, and opens a new tab as
 * any link on a modified one. React Router's own Link and NavLink also carry framework mode's prefetching (link
 * tags from route manifests), which an app in data mode never uses but always ships (~3 KB gzip in the shell): this is
 * built on the router's public hooks instead. Use it directly or as `component={RouterLink}` of MUI's Link and Button.
 */
export function RouterLink({ to, replace, state, current, target, onClick, children, ...props }: RouterLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { replace, state, target });
  const isCurrent = useIsCurrent(to, current);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return (
    <a aria-current={isCurrent ? 'page' : undefined} {...props} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  );
}

/** What NavLink does for `aria-current`: the path is the current one, or (`within`) one above it. */
function useIsCurrent(to: To, current: RouterLinkProps['current']): boolean {
  const { pathname } = useLocation();
  const target = useResolvedPath(to).pathname;
  if (!current) return false;
  if (pathname === target) return true;
  return current === 'within' && pathname.startsWith(target) && pathname.charAt(target.length) === '/';
}
