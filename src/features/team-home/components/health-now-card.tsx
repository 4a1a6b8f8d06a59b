import CloudOffIcon from '@mui/icons-material/CloudOff';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { mergeStates, type CardState } from '../hooks/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HealthCounts } from '../hooks/use-health-counts';
import type { HomeLinks } from '../model/home-links';
import { CountLink } from './count-link';
import { FailingJobsTable } from './failing-jobs-table';
import { HomeCard } from './home-card';

interface HealthNowCardProps {
  counts: CardState<HealthCounts>;
  failing: CardState<FailingJobs>;
  /** Scheduled runs that came late or not at all, once the schedule check can count them. */
  lateOrMissed?: number;
  links: HomeLinks;
}

/** What is wrong right now: failing jobs, runs going on, late runs, jobs that cannot run on schedule. */
export function HealthNowCard({ counts, failing, lateOrMissed, links }: HealthNowCardProps) {
  const timeline = links.runs({ view: 'timeline' });
  return (
    <HomeCard title="Health now" state={mergeStates(counts, failing)}>
      {([now, failingJobs]) => (
        <>
          <Box
            component="ul"
            aria-label="Health counts"
            sx={{
              listStyle: 'none',
              m: 0,
              p: 0,
              display: 'grid',
              gap: 1.5,
              gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
            }}
          >
            <li>
              <CountLink
                count={failingJobs.userError}
                label="failing: user error"
                to={links.jobs({ status: 'user_error' })}
                icon={<ErrorIcon color="error" />}
              />
            </li>
            <li>
              <CountLink
                count={failingJobs.platformError}
                label="failing: platform error"
                to={links.jobs({ status: 'platform_error' })}
                icon={<ReportProblemIcon color="warning" />}
              />
            </li>
            <li>
              <CountLink
                count={now.running}
                label="running"
                to={links.runs({ status: ['running'] })}
                icon={<PlayCircleIcon color="info" />}
              />
            </li>
            <li>
              <CountLink
                count={now.submitted}
                label="submitted"
                to={links.runs({ status: ['submitted'] })}
                icon={<HourglassTopIcon />}
              />
            </li>
            <li>
              {lateOrMissed === undefined ? (
                <Link
                  component={RouterLink}
                  to={timeline}
                  sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: '100%' }}
                >
                  <ScheduleIcon />
                  Late or missed runs: see the timeline
                </Link>
              ) : (
                <CountLink count={lateOrMissed} label="late or missed" to={timeline} icon={<ScheduleIcon />} />
              )}
            </li>
            <li>
              <CountLink
                count={now.disabled}
                label="disabled"
                to={links.jobs({ deployment: 'disabled' })}
                icon={<PauseCircleIcon />}
              />
            </li>
            <li>
              <CountLink
                count={now.notDeployed}
                label="never deployed"
                to={links.jobs({ deployment: 'not_deployed' })}
                icon={<CloudOffIcon />}
              />
            </li>
          </Box>
          <FailingJobsTable failing={failingJobs} links={links} />
        </>
      )}
    </HomeCard>
  );
}
