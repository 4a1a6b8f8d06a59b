import { memo } from 'react';
import { RelativeTime } from '@/components/time/relative-time';
import { Time } from '@/components/time/time';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';
import { formatNumber } from '@/lib/words';
import type { CardState } from '../model/card-state';
import type { UpcomingRuns } from '../hooks/use-upcoming-runs';
import { CARD_TITLES, UPCOMING_HOURS } from '../model/card-titles';
import type { HomeLinks } from '../model/home-links';
import { HomeCard } from './home-card';
import styles from './upcoming-runs-card.module.css';

interface UpcomingRunsCardProps {
  state: CardState<UpcomingRuns>;
  links: HomeLinks;
}

/** The next scheduled run of each enabled job, soonest first. */
export const UpcomingRunsCard = memo(function UpcomingRunsCard({ state, links }: UpcomingRunsCardProps) {
  return (
    <HomeCard title={CARD_TITLES.upcomingRuns} state={state}>
      {({ runs, jobs }) =>
        runs.length === 0 ? (
          <Text variant="body2" color="text.secondary">
            No enabled job is scheduled in the next {UPCOMING_HOURS} hours.
          </Text>
        ) : (
          <>
            <ol aria-label="Next run of each job" className={styles.runs}>
              {runs.map(({ team, job, at }) => (
                <li key={`${team}/${job}/${at.getTime()}`} className={styles.run}>
                  <span className={styles.at}>
                    <Time value={at} seconds={false} />
                  </span>
                  <Text as="span" variant="body2" color="text.secondary" className={styles.in}>
                    <RelativeTime value={at} />
                  </Text>
                  <TextLink to={paths.job({ team, job })} className={styles.job}>
                    {job}
                  </TextLink>
                </li>
              ))}
            </ol>
            <Text variant="body2">
              {formatNumber(jobs)} {jobs === 1 ? 'job runs' : 'jobs run'} in the next {UPCOMING_HOURS} hours:{' '}
              <TextLink to={links.runs({ view: 'timeline' })}>see them on the timeline</TextLink>
            </Text>
          </>
        )
      }
    </HomeCard>
  );
});
