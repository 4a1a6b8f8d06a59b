import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { Duration } from '@/components/time/duration';
import { RelativeTime } from '@/components/time/relative-time';
import { paths } from '@/lib/paths';
import type { CardState } from '../model/card-state';
import type { RecentFailures } from '../hooks/use-recent-failures';
import type { HomeLinks } from '../model/home-links';
import { formatNumber } from '@/lib/words';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';

const SHOWN = 10;
const FAILED = ['user_error', 'platform_error'] as const;

interface RecentFailuresCardProps {
  state: CardState<RecentFailures>;
  /** Undefined on the all-teams home: an execution names its job, not its team, so rows open the job's runs. */
  team: string | undefined;
  links: HomeLinks;
}

/** Failed runs of the last 24 hours, one row per job with how often it failed and its newest failure. */
export function RecentFailuresCard({ state, team, links }: RecentFailuresCardProps) {
  const all = links.runs({ preset: '24h', status: FAILED });
  return (
    <HomeCard title={CARD_TITLES.recentFailures} state={state}>
      {({ groups, total, read }) =>
        total === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No run failed in the last 24 hours.
          </Typography>
        ) : (
          <>
            <Table size="small" aria-label="Recent failures">
              <TableHead>
                <TableRow>
                  <TableCell>Job</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>Message</TableCell>
                  <TableCell>When</TableCell>
                  <TableCell>Duration</TableCell>
                  <TableCell align="right">Failures</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {groups.slice(0, SHOWN).map(({ job, count, latest }) => (
                  <TableRow key={job}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      {team !== undefined && latest.id ? (
                        <Link
                          component={RouterLink}
                          to={paths.execution({ team, job, executionId: latest.id })}
                          aria-label={`${job}: newest failed run`}
                        >
                          {job}
                        </Link>
                      ) : (
                        <Link component={RouterLink} to={links.runs({ job, preset: '24h', status: FAILED })}>
                          {job}
                        </Link>
                      )}
                    </TableCell>
                    <TableCell>
                      <ExecutionStatusChip status={latest.status} />
                    </TableCell>
                    <TableCell sx={{ maxWidth: '24rem', overflowWrap: 'anywhere' }}>{latest.message || '—'}</TableCell>
                    <TableCell>
                      <RelativeTime value={latest.startTime} />
                    </TableCell>
                    <TableCell>
                      <Duration start={latest.startTime} end={latest.endTime} />
                    </TableCell>
                    <TableCell align="right">
                      <Link
                        component={RouterLink}
                        to={links.runs({ job, preset: '24h', status: FAILED })}
                        aria-label={`${formatNumber(count)} failures of ${job} in 24 hours`}
                      >
                        {formatNumber(count)}
                        {read < total ? '+' : ''}
                      </Link>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="body2">
              <Link component={RouterLink} to={all}>
                All {formatNumber(total)} failed {total === 1 ? 'run' : 'runs'} of the last 24 hours
              </Link>
              {read < total && ` (the rows above are made of the newest ${formatNumber(read)})`}
            </Typography>
          </>
        )
      }
    </HomeCard>
  );
}
