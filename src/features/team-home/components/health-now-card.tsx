import CloudOffIcon from '@mui/icons-material/CloudOff';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import Box from '@mui/material/Box';
import type { CardState } from '../model/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HealthCounts } from '../hooks/use-health-counts';
import type { ScheduleCheck } from '../hooks/use-schedule-misses';
import type { HomeLinks } from '../model/home-links';
import { CountLink } from './count-link';
import { FailingJobsTable } from './failing-jobs-table';
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

/** What is wrong right now: failing jobs, runs going on, late runs, jobs that cannot run on schedule. */
export function HealthNowCard({ counts, failing, schedule, links }: HealthNowCardProps) {
  return (
    <HomeCard title="Health now" state={counts}>
      {(now) => (
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
                count={now.userError}
                label="failing: user error"
                to={links.jobs({ status: 'user_error' })}
                icon={<ErrorIcon color="error" />}
              />
            </li>
            <li>
              <CountLink
                count={now.platformError}
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
            <ScheduleCheckCounts state={schedule} links={links} />
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
          <ScheduleCheckJobs state={schedule} links={links} />
          <FailingJobsTable state={failing} links={links} />
        </>
      )}
    </HomeCard>
  );
}
