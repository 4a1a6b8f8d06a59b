import { useMatches } from 'react-router';
import { isRouteHandle } from '@/components/routing/route-handle';
import { TextLink } from '@/components/ui/text-link';
import styles from './app-breadcrumbs.module.css';

/**
 * The deepest route's trail (see `handle.crumbs` in router.tsx); nothing on pages without one. The markup of MUI's
 * Breadcrumbs (nav > ol, separators hidden from assistive technology) without its collapsing machinery (~1.2 KB gzip).
 */
export function AppBreadcrumbs() {
  const matches = useMatches();
  const match = matches.findLast((candidate) => isRouteHandle(candidate.handle));
  if (!match || !isRouteHandle(match.handle)) return null;
  const crumbs = match.handle.crumbs(match.params);
  if (crumbs.length < 2) return null;
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumbs}>
      <ol className={styles.list}>
        {crumbs.map((crumb, index) => [
          index > 0 && (
            <li key={`separator-${index}`} aria-hidden className={styles.separator}>
              /
            </li>
          ),
          <li key={`${crumb.label}-${index}`} className={styles.crumb}>
            {crumb.to && index < crumbs.length - 1 ? (
              <TextLink to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </TextLink>
            ) : (
              <span aria-current="page" className={styles.current}>
                {crumb.label}
              </span>
            )}
          </li>,
        ])}
      </ol>
    </nav>
  );
}
