import { memo, useDeferredValue } from 'react';
import { useNotificationCoverage } from '../hooks/use-notification-coverage';
import { useRecentFailures } from '../hooks/use-recent-failures';
import { useUpcomingRuns } from '../hooks/use-upcoming-runs';
import type { HomeScope } from '../hooks/use-home-scope';
import type { HomeLinks } from '../model/home-links';
import { NotificationCoverageCard } from './notification-coverage-card';
import { RecentFailuresCard } from './recent-failures-card';
import { UpcomingRunsCard } from './upcoming-runs-card';

/*
 * The cards after Health now, each with its data, mounted by the page one after another once the home's first
 * figures are on screen: their code stays off the first route, and an answer re-renders only its own card. Memoized
 * on props that stay the same, they skip the page's own renders. An answer renders its section's hook at once, in
 * one task; the card follows in a deferred render, which yields to the browser between its components.
 */

export interface SectionProps {
  scope: HomeScope;
  links: HomeLinks;
}

export const RecentFailuresSection = memo(function RecentFailuresSection({ scope, links }: SectionProps) {
  const state = useDeferredValue(useRecentFailures(scope));
  return <RecentFailuresCard state={state} team={scope.team} links={links} />;
});

export const UpcomingRunsSection = memo(function UpcomingRunsSection({ scope, links }: SectionProps) {
  const state = useDeferredValue(useUpcomingRuns(scope));
  return <UpcomingRunsCard state={state} links={links} />;
});

export const NotificationCoverageSection = memo(function NotificationCoverageSection({ scope }: SectionProps) {
  const coverage = useDeferredValue(useNotificationCoverage(scope));
  return <NotificationCoverageCard state={coverage} switches={coverage.switches} />;
});
