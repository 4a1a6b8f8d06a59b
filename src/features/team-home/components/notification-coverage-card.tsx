import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import type { JobRef } from '@/api/types';
import { paths } from '@/lib/paths';
import type { CardState } from '../model/card-state';
import type { SwitchCheck } from '../hooks/use-notification-coverage';
import type { NotificationCoverage } from '../model/notification-coverage';
import { formatNumber } from '@/lib/words';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';

const SHOWN = 8;

function JobList({ title, jobs }: { title: string; jobs: readonly JobRef[] }) {
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h3">
        {title}: {formatNumber(jobs.length)}
      </Typography>
      {jobs.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {jobs.slice(0, SHOWN).map((ref) => (
            <li key={`${ref.team}/${ref.job}`}>
              <Link component={RouterLink} to={paths.job(ref)} sx={{ overflowWrap: 'anywhere' }}>
                {ref.job}
                <Typography component="span" variant="body2" color="text.secondary">
                  {' '}
                  · edit contacts
                </Typography>
              </Link>
            </li>
          ))}
          {jobs.length > SHOWN && (
            <Typography component="li" variant="body2" color="text.secondary">
              and {formatNumber(jobs.length - SHOWN)} more
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}

function SwitchesOff({ switches }: { switches: SwitchCheck }) {
  if (switches.total === 0) return null;
  if (!switches.isStarted) {
    return (
      <Box>
        <Typography variant="body2" sx={{ mb: 1 }}>
          Whether a job’s execution notifications are switched off is in its own settings: checking{' '}
          {formatNumber(switches.total)} jobs takes one request each.
        </Typography>
        <Button size="small" variant="outlined" startIcon={<NotificationsOffIcon />} onClick={switches.start}>
          Check {formatNumber(switches.total)} jobs for switched-off notifications
        </Button>
      </Box>
    );
  }
  if (switches.off === undefined) {
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        Checking whether {formatNumber(switches.total)} jobs have execution notifications switched off…
      </Typography>
    );
  }
  return (
    <>
      <JobList title="Execution notifications switched off" jobs={switches.off} />
      {switches.failed > 0 && (
        <Typography variant="body2" color="warning.main" role="status">
          {formatNumber(switches.failed)} jobs could not be checked; the list above may be missing them.
        </Typography>
      )}
    </>
  );
}

interface NotificationCoverageCardProps {
  state: CardState<NotificationCoverage>;
  switches: SwitchCheck;
}

/**
 * Whose failures notify nobody, per kind of failure: a job notifying only on user errors is not covered for
 * platform errors. Deployed jobs only: a job that never runs cannot fail.
 */
export function NotificationCoverageCard({ state, switches }: NotificationCoverageCardProps) {
  return (
    <HomeCard title={CARD_TITLES.notificationCoverage} state={state}>
      {(coverage) =>
        coverage.deployed === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No job is deployed, so no failure can notify anyone yet.
          </Typography>
        ) : (
          <>
            <Typography variant="body2">
              Of {formatNumber(coverage.deployed)} deployed {coverage.deployed === 1 ? 'job' : 'jobs'}, failures that
              notify nobody:
            </Typography>
            <JobList title="User errors notify nobody" jobs={coverage.userErrorUncovered} />
            <JobList title="Platform errors notify nobody" jobs={coverage.platformErrorUncovered} />
            <SwitchesOff switches={switches} />
          </>
        )
      }
    </HomeCard>
  );
}
