import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { Navigate, Link as RouterLink } from 'react-router';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useTeams } from '@/components/team/teams-context';
import { paths } from '@/lib/paths';
import { HealthNowCard } from '../components/health-now-card';
import { HomeCard } from '../components/home-card';
import { NotificationCoverageCard } from '../components/notification-coverage-card';
import { RecentFailuresCard } from '../components/recent-failures-card';
import { UpcomingRunsCard } from '../components/upcoming-runs-card';
import { PENDING_CARD } from '../hooks/card-state';
import { useFailingJobs } from '../hooks/use-failing-jobs';
import { useHealthCounts } from '../hooks/use-health-counts';
import { useHomeScope } from '../hooks/use-home-scope';
import { useNotificationCoverage } from '../hooks/use-notification-coverage';
import { useRecentFailures } from '../hooks/use-recent-failures';
import { useRefreshHome } from '../hooks/use-refresh-home';
import { useScheduleMisses } from '../hooks/use-schedule-misses';
import { useUpcomingRuns } from '../hooks/use-upcoming-runs';
import { homeLinks } from '../model/home-links';

const SuccessOverTimeSection = lazy(() => import('../components/success-over-time-section'));

/** `/teams/:team` and `/teams` (every team): what is wrong right now, and every number a link to its page. */
export function TeamHomePage() {
  const scope = useHomeScope();
  const { team } = scope;
  const { fixedTeam } = useTeams();
  useDocumentTitle('Home', team ?? 'All teams');
  const links = homeLinks(team);
  const counts = useHealthCounts(scope);
  const failing = useFailingJobs(scope);
  const recentFailures = useRecentFailures(scope);
  const upcoming = useUpcomingRuns(scope);
  const coverage = useNotificationCoverage(scope);
  const schedule = useScheduleMisses(scope, counts.data !== undefined);
  const refresh = useRefreshHome(team);
  // An embedded dashboard pinned to a team shows that team's home, never every team's.
  if (fixedTeam && team !== fixedTeam) return <Navigate replace to={paths.teamHome({ team: fixedTeam })} />;

  return (
    <Box>
      <Stack
        direction="row"
        sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 2, gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {team === undefined ? 'All teams' : team}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
          <Link component={RouterLink} to={links.jobs({})}>
            Jobs
          </Link>
          <Link component={RouterLink} to={links.runs({})}>
            Runs
          </Link>
        </Stack>
        <RefreshIndicator
          updatedAt={counts.updatedAt}
          isFetching={counts.isFetching || failing.isFetching}
          onRefresh={refresh}
          autoRefreshLabel="every minute"
        />
      </Stack>
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <Box sx={{ gridColumn: '1 / -1', display: 'grid' }}>
          <HealthNowCard counts={counts} failing={failing} schedule={schedule} links={links} />
        </Box>
        <Suspense
          fallback={
            <HomeCard title="Success over time" state={PENDING_CARD}>
              {() => null}
            </HomeCard>
          }
        >
          <SuccessOverTimeSection scope={scope} links={links} />
        </Suspense>
        <RecentFailuresCard state={recentFailures} team={team} links={links} />
        <UpcomingRunsCard state={upcoming} links={links} />
        <NotificationCoverageCard state={coverage} switches={coverage.switches} />
      </Box>
    </Box>
  );
}
