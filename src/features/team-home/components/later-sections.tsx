import { useNotificationCoverage } from '../hooks/use-notification-coverage';
import { useRecentFailures } from '../hooks/use-recent-failures';
import { useUpcomingRuns } from '../hooks/use-upcoming-runs';
import type { HomeScope } from '../hooks/use-home-scope';
import type { HomeLinks } from '../model/home-links';
import { NotificationCoverageCard } from './notification-coverage-card';
import { RecentFailuresCard } from './recent-failures-card';
import { UpcomingRunsCard } from './upcoming-runs-card';

/*
 * The cards after Health now, each with its data, loaded after the home's first figures: their code stays off the
 * first route, their requests wait for `isEnabled`, and an answer re-renders only its own card.
 */

export interface SectionProps {
  scope: HomeScope;
  links: HomeLinks;
  isEnabled: boolean;
}

export function RecentFailuresSection({ scope, links, isEnabled }: SectionProps) {
  return <RecentFailuresCard state={useRecentFailures(scope, isEnabled)} team={scope.team} links={links} />;
}

export function UpcomingRunsSection({ scope, links, isEnabled }: SectionProps) {
  return <UpcomingRunsCard state={useUpcomingRuns(scope, isEnabled)} links={links} />;
}

export function NotificationCoverageSection({ scope, isEnabled }: SectionProps) {
  const coverage = useNotificationCoverage(scope, isEnabled);
  return <NotificationCoverageCard state={coverage} switches={coverage.switches} />;
}
