import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useMatches } from 'react-router';
import { RouterLink } from '@/components/routing/router-link';
import { isRouteHandle } from '@/components/routing/route-handle';

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
    <Box component="nav" aria-label="Breadcrumb" sx={{ mb: 2, typography: 'body1', color: 'text.secondary' }}>
      <Box
        component="ol"
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', m: 0, p: 0, listStyle: 'none' }}
      >
        {crumbs.map((crumb, index) => [
          index > 0 && (
            <Box component="li" key={`separator-${index}`} aria-hidden sx={{ display: 'flex', mx: 1 }}>
              /
            </Box>
          ),
          // A crumb is a team or job name: a long one without spaces wraps instead of widening the page.
          <Box component="li" key={`${crumb.label}-${index}`} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {crumb.to && index < crumbs.length - 1 ? (
              <Link component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Box component="span" aria-current="page" sx={{ color: 'text.primary' }}>
                {crumb.label}
              </Box>
            )}
          </Box>,
        ])}
      </Box>
    </Box>
  );
}
