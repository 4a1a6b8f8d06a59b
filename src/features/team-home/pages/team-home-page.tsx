import { lazy, memo, type ReactNode, Suspense, useDeferredValue, useMemo } from 'react';
import { Navigate } from 'react-router';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useTeams } from '@/components/team/teams-context';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';
import { HealthNowCard } from '../components/health-now-card';
import { PendingCard } from '../components/home-card';
import { useFailingJobs } from '../hooks/use-failing-jobs';
import { type HealthCounts, useHealthCounts } from '../hooks/use-health-counts';
import { type HomeScope, useHomeScope } from '../hooks/use-home-scope';
import { useRefreshHome } from '../hooks/use-refresh-home';
import { useScheduleMisses } from '../hooks/use-schedule-misses';
import { useStagesAfterPaint } from '../hooks/use-stages-after-paint';
import type { CardState } from '../model/card-state';
import { CARD_TITLES } from '../model/card-titles';
import { homeLinks } from '../model/home-links';
import styles from './team-home-page.module.css';

const SuccessOverTimeSection = lazy(() => import('../components/success-over-time-section'));
const laterSections = () => import('../components/later-sections');
const RecentFailuresSection = lazy(() => laterSections().then((m) => ({ default: m.RecentFailuresSection })));
const UpcomingRunsSection = lazy(() => laterSections().then((m) => ({ default: m.UpcomingRunsSection })));
const NotificationCoverageSection = lazy(() =>
  laterSections().then((m) => ({ default: m.NotificationCoverageSection })),
);

/** `/teams/:team` and `/teams` (every team): what is wrong right now, and every number a link to its page. */
export function TeamHomePage() {
  const scope = useHomeScope();
  const { team } = scope;
  const { fixedTeam } = useTeams();
  useDocumentTitle('Home', team ?? 'All teams');
  // An answer re-renders its query's component at once, in one task (React renders a store's change
  // synchronously): here only this page's hooks, and the home under them follows as a render that yields.
  const counts = useDeferredValue(useHealthCounts(scope));
  // The rest waits until the first figures are on screen, then comes a stage a task: a browser asks a host six
  // things at a time, and the 100-odd requests of the other cards would otherwise queue the counts behind them;
  // mounted with the figures, the cards would keep them from painting.
  const stage = useStagesAfterPaint(counts.data !== undefined || counts.error != null, STAGES.length);
  // An embedded dashboard pinned to a team shows that team's home, never every team's.
  if (fixedTeam && team !== fixedTeam) return <Navigate replace to={paths.teamHome({ team: fixedTeam })} />;
  return <HomeContent scope={scope} counts={counts} stage={stage} />;
}

interface HomeContentProps {
  scope: HomeScope;
  counts: CardState<HealthCounts>;
  /** How many of `STAGES` have come. */
  stage: number;
}

/**
 * The home under its counts' queries, with the queries that come after them. A component apart from the page that
 * asks for the counts: React pauses a render only between components, and the page with all eight of its first
 * queries took one task of 50 ms or more on a slow phone.
 */
const HomeContent = memo(function HomeContent({ scope, counts, stage }: HomeContentProps) {
  const { team } = scope;
  const links = useMemo(() => homeLinks(team), [team]);
  const isShown = (card: (typeof STAGES)[number]) => stage > STAGES.indexOf(card);
  // As with the counts: an answer renders this component's hooks at once, and the card that shows it after, in a
  // render that yields (the failing jobs' table with its links took one task of 50 ms or more under load).
  const failing = useDeferredValue(useFailingJobs(scope, isShown('health')));
  const schedule = useDeferredValue(useScheduleMisses(scope, isShown('health') && counts.data !== undefined));
  const refresh = useRefreshHome(team);
  return (
    <div>
      <div className={styles.header}>
        <Text variant="h4" as="h1" className={styles.title}>
          {team === undefined ? 'All teams' : team}
        </Text>
        <div className={styles.pages}>
          <TextLink to={links.jobs({})}>Jobs</TextLink>
          <TextLink to={links.runs({})}>Runs</TextLink>
        </div>
        <RefreshIndicator
          updatedAt={counts.updatedAt}
          isFetching={counts.isFetching || failing.isFetching}
          onRefresh={refresh}
          autoRefreshLabel="every minute"
        />
      </div>
      <div className={styles.cards}>
        <div className={styles.wide}>
          <HealthNowCard counts={counts} failing={failing} schedule={schedule} links={links} />
        </div>
        <LaterCard title={CARD_TITLES.successOverTime} isShown={isShown('success')}>
          <SuccessOverTimeSection scope={scope} links={links} />
        </LaterCard>
        <LaterCard title={CARD_TITLES.recentFailures} isShown={isShown('recent')}>
          <RecentFailuresSection scope={scope} links={links} />
        </LaterCard>
        <LaterCard title={CARD_TITLES.upcomingRuns} isShown={isShown('upcoming')}>
          <UpcomingRunsSection scope={scope} links={links} />
        </LaterCard>
        <LaterCard title={CARD_TITLES.notificationCoverage} isShown={isShown('coverage')}>
          <NotificationCoverageSection scope={scope} links={links} />
        </LaterCard>
      </div>
    </div>
  );
});

/** The parts after the first figures, in the order they come: the failing jobs' table and the schedule check first. */
const STAGES = ['health', 'success', 'recent', 'upcoming', 'coverage'] as const;

/** A card after the first figures: its heading and "loading" until its stage comes and its code is here. */
function LaterCard({ title, isShown, children }: { title: string; isShown: boolean; children: ReactNode }) {
  const pending = <PendingCard title={title} />;
  return <Suspense fallback={pending}>{isShown ? children : pending}</Suspense>;
}
