import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import { ExecutionStatusChip } from '@/components/execution/execution-status-chip';
import { RelativeTime } from '@/components/time/relative-time';
import { paths } from '@/lib/paths';
import type { CardState } from '../model/card-state';
import type { FailingJobs } from '../hooks/use-failing-jobs';
import type { HomeLinks } from '../model/home-links';
import { formatNumber } from '@/lib/words';
import { CardStateView } from './home-card';

const SHOWN = 10;

/** The failing jobs, most failures in a row first, in every state of their request. */
export function FailingJobsTable({ state, links }: { state: CardState<FailingJobs>; links: HomeLinks }) {
  return (
    <CardStateView name="Failing jobs" state={state}>
      {(failing) => <FailingJobsRows failing={failing} links={links} />}
    </CardStateView>
  );
}

/** The failing jobs, most failures in a row first: since when, how many, and the newest failed run. */
function FailingJobsRows({ failing, links }: { failing: FailingJobs; links: HomeLinks }) {
  const total = failing.userError + failing.platformError;
  if (total === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        No job’s last run failed.
      </Typography>
    );
  }
  const shown = failing.jobs.slice(0, SHOWN);
  return (
    <>
      <Table size="small" aria-label="Failing jobs">
        <TableHead>
          <TableRow>
            <TableCell>Failing job</TableCell>
            <TableCell>Last failure</TableCell>
            <TableCell>Failing since</TableCell>
            <TableCell align="right">In a row</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map(({ team, job, status, streak }) => (
            <TableRow key={`${team}/${job}`}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Link component={RouterLink} to={paths.job({ team, job })}>
                  {job}
                </Link>
              </TableCell>
              <TableCell>
                {streak.latest?.id ? (
                  <Link
                    component={RouterLink}
                    to={paths.execution({ team, job, executionId: streak.latest.id })}
                    aria-label={`Last failed run of ${job}`}
                  >
                    <ExecutionStatusChip status={status} />
                  </Link>
                ) : (
                  <ExecutionStatusChip status={status} />
                )}
              </TableCell>
              <TableCell>
                <RelativeTime value={streak.since} fallback="not in its last 10 runs" />
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {streak.isAtLeast ? `${streak.count}+` : streak.count}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total > shown.length && (
        <Typography variant="body2">
          {formatNumber(total - shown.length)} more failing:{' '}
          <Link component={RouterLink} to={links.jobs({ status: 'user_error' })}>
            user error
          </Link>
          {' · '}
          <Link component={RouterLink} to={links.jobs({ status: 'platform_error' })}>
            platform error
          </Link>
        </Typography>
      )}
    </>
  );
}
