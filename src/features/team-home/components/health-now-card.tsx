import { memo } from 'react';
import { Icon } from '@/components/ui/icon';
import {
  CloudOffIcon,
  ErrorIcon,
  HourglassTopIcon,
  PauseCircleIcon,
  PlayCircleIcon,
  ReportProblemIcon,
} from '@/components/ui/icons';
import type { CardState } from '../model/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HealthCounts } from '../hooks/use-health-counts';
import type { ScheduleCheck } from '../hooks/use-schedule-misses';
import type { HomeLinks } from '../model/home-links';
import { CountLink } from './count-link';
import { FailingJobsTable } from './failing-jobs-table';
import styles from './health-now-card.module.css';
import { HomeCard } from './home-card';
import { ScheduleCheckCounts, ScheduleCheckJobs } from './schedule-check';

interface HealthNowCardProps {
  counts: CardState<HealthCounts>;
  /** The failing jobs' table: it reads their recent runs, so it comes after the counts. */
  failing: CardState<FailingJobs>;
  /** Scheduled runs that came late or not at all: checked after the other figures, shown as it comes. */
  schedule: CardState<ScheduleCheck>;
  links: HomeLinks;
}

/**
 * What is wrong right now: failing jobs, runs going on, late runs, jobs that cannot run on schedule. Memoized: an
 * answer's urgent render of the page passes it the states it already shows, and it renders in the deferred one.
 */
export const HealthNowCard = memo(function HealthNowCard({ counts, failing, schedule, links }: HealthNowCardProps) {
  return (
    <HomeCard title="Health now" state={counts}>
      {(now) => (
        <>
          <ul aria-label="Health counts" className={styles.counts}>
            <li>
              <CountLink
                count={now.userError}
                label="failing: user error"
                to={links.jobs({ status: 'user_error' })}
                icon={<Icon icon={ErrorIcon} color="error" />}
              />
            </li>
            <li>
              <CountLink
                count={now.platformError}
                label="failing: platform error"
                to={links.jobs({ status: 'platform_error' })}
                icon={<Icon icon={ReportProblemIcon} color="warning" />}
              />
            </li>
            <li>
              <CountLink
                count={now.running}
                label="running"
                to={links.runs({ status: ['running'] })}
                icon={<Icon icon={PlayCircleIcon} color="info" />}
              />
            </li>
            <li>
              <CountLink
                count={now.submitted}
                label="submitted"
                to={links.runs({ status: ['submitted'] })}
                icon={<Icon icon={HourglassTopIcon} />}
              />
            </li>
            <ScheduleCheckCounts state={schedule} links={links} />
            <li>
              <CountLink
                count={now.disabled}
                label="disabled"
                to={links.jobs({ deployment: 'disabled' })}
                icon={<Icon icon={PauseCircleIcon} />}
              />
            </li>
            <li>
              <CountLink
                count={now.notDeployed}
                label="never deployed"
                to={links.jobs({ deployment: 'not_deployed' })}
                icon={<Icon icon={CloudOffIcon} />}
              />
            </li>
          </ul>
          <ScheduleCheckJobs state={schedule} links={links} />
          <FailingJobsTable state={failing} links={links} />
        </>
      )}
    </HomeCard>
  );
});
