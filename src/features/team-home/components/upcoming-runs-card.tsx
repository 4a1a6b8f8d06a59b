import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import { RelativeTime } from '@/components/time/relative-time';
import { Time } from '@/components/time/time';
import { paths } from '@/lib/paths';
import type { CardState } from '../model/card-state';
import type { UpcomingRuns } from '../hooks/use-upcoming-runs';
import { CARD_TITLES, UPCOMING_HOURS } from '../model/card-titles';
import type { HomeLinks } from '../model/home-links';
import { formatNumber } from '@/lib/words';
import { HomeCard } from './home-card';

/** The next scheduled run of each enabled job, soonest first. */
export function UpcomingRunsCard({ state, links }: { state: CardState<UpcomingRuns>; links: HomeLinks }) {
  return (
    <HomeCard title={CARD_TITLES.upcomingRuns} state={state}>
      {({ runs, jobs }) =>
        runs.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No enabled job is scheduled in the next {UPCOMING_HOURS} hours.
          </Typography>
        ) : (
          <>
            <Box
              component="ol"
              aria-label="Next run of each job"
              sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}
            >
              {runs.map(({ team, job, at }) => (
                <Box
                  component="li"
                  key={`${team}/${job}/${at.getTime()}`}
                  sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}
                >
                  <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: '9rem' }}>
                    <Time value={at} seconds={false} />
                  </Box>
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ minWidth: '5rem' }}>
                    <RelativeTime value={at} />
                  </Typography>
                  <Link component={RouterLink} to={paths.job({ team, job })} sx={{ overflowWrap: 'anywhere' }}>
                    {job}
                  </Link>
                </Box>
              ))}
            </Box>
            <Typography variant="body2">
              {formatNumber(jobs)} {jobs === 1 ? 'job runs' : 'jobs run'} in the next {UPCOMING_HOURS} hours:{' '}
              <Link component={RouterLink} to={links.runs({ view: 'timeline' })}>
                see them on the timeline
              </Link>
            </Typography>
          </>
        )
      }
    </HomeCard>
  );
}
